import { SetMetadata } from '@nestjs/common';

export const READS_VALUE_MODELS = 'dossier:reads-value-models';

/**
 * How X-Min-Position treats the value models (RFM, lifecycle), which other reads do not wait for:
 * `required` — their routes wait for them like for the rest (503 when they are still building);
 * `when-following` — routes that show them beside other data wait for them only while they follow the
 * feed closely, and answer at once while they build themselves from the first event.
 */
export type ValueModelWait = 'required' | 'when-following';

export const ReadsValueModels = (wait: ValueModelWait): ClassDecorator & MethodDecorator => SetMetadata(READS_VALUE_MODELS, wait);
