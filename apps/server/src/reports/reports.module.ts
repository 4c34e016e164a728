import { Module } from '@nestjs/common';
import { ReadSideModule } from '../read-side/read-side.module.js';
import { HighValueHandler } from './named/high-value.handler.js';
import { MonthlyActivityHandler } from './named/monthly-activity.handler.js';
import { NamedReportRunner } from './named/named-report-runner.js';
import { NamedReportsController } from './named/named-reports.controller.js';
import { PivotController } from './pivot/pivot.controller.js';
import { PivotHandler } from './pivot/pivot.handler.js';
import { SavedReports } from './saved/saved-reports.js';
import { SavedReportsController } from './saved/saved-reports.controller.js';

/** Reports (issue 14): pivots, saved reports (streams `report-<id>`) and the named reports. Needs the read side. */
@Module({
  imports: [ReadSideModule],
  controllers: [PivotController, SavedReportsController, NamedReportsController],
  providers: [PivotHandler, SavedReports, MonthlyActivityHandler, HighValueHandler, NamedReportRunner],
})
export class ReportsModule {}
