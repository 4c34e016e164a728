import { Module } from '@nestjs/common';
import { ReadSideModule } from '../read-side/read-side.module.js';
import { PivotController } from './pivot/pivot.controller.js';
import { PivotHandler } from './pivot/pivot.handler.js';

/** Reports (issue 14): pivots, saved reports (streams `report-<id>`) and the named reports. Needs the read side. */
@Module({
  imports: [ReadSideModule],
  controllers: [PivotController],
  providers: [PivotHandler],
})
export class ReportsModule {}
