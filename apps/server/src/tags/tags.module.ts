import { Module } from '@nestjs/common';
import { ReadSideModule } from '../read-side/read-side.module.js';
import { SagasModule } from '../sagas/sagas.module.js';
import { TagLibraryView } from './tag-library-view.js';
import { TagRetirement } from './tag-retirement.js';
import { TagsController } from './tags.controller.js';

@Module({
  imports: [ReadSideModule, SagasModule],
  controllers: [TagsController],
  providers: [TagLibraryView, TagRetirement],
})
export class TagsModule {}
