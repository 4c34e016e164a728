import { SetMetadata } from '@nestjs/common';

export const READ_MODELS = Symbol('readModels');

/**
 * The projections a route answers from: X-Min-Position waits for these alone (a lagging funnel does
 * not hold up a profile read). Without it a route waits for every projection.
 */
export const ReadsModels = (...projections: string[]): MethodDecorator & ClassDecorator => SetMetadata(READ_MODELS, projections);
