import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { AnalyticsSettingsService } from './analytics-settings.service.js';
import { AnalyticsSettingsView } from './analytics-settings-view.js';
import { LifecycleThresholdsDto } from './lifecycle-thresholds.dto.js';
import { RfmThresholdsDto } from './rfm-thresholds.dto.js';

/** The thresholds of the value models, as events in `analytics-settings`: they apply from the next query on, no rebuild. */
@ApiTags('analytics')
@ApiBearerAuth()
@Controller('v1/analytics/settings')
export class AnalyticsSettingsController {
  constructor(private readonly settings: AnalyticsSettingsService) {}

  @Get()
  @RequirePermission('analytics.read')
  @ApiOperation({ operationId: 'getAnalyticsSettings', summary: 'The RFM and lifecycle thresholds, with who changed them when' })
  @ApiOkResponse({ type: AnalyticsSettingsView })
  async get(): Promise<AnalyticsSettingsView> {
    const [current, history] = await Promise.all([this.settings.current(), this.settings.history()]);
    return { ...current, history };
  }

  @Put('rfm')
  @RequirePermission('analytics.settings')
  @ApiOperation({ operationId: 'setRfmThresholds', summary: 'Set the RFM score thresholds (recorded as RfmThresholdsChanged)' })
  @ApiOkResponse({ type: AnalyticsSettingsView })
  async setRfm(@Body() body: RfmThresholdsDto, @CommandCtx() context: CommandContext): Promise<AnalyticsSettingsView> {
    const { recencyDays, frequency, monetary } = body;
    await this.settings.changeRfm({ recencyDays, frequency, monetary }, context);
    return this.get();
  }

  @Put('lifecycle')
  @RequirePermission('analytics.settings')
  @ApiOperation({ operationId: 'setLifecycleThresholds', summary: 'Set the lifecycle stage thresholds (recorded as LifecycleThresholdsChanged)' })
  @ApiOkResponse({ type: AnalyticsSettingsView })
  async setLifecycle(@Body() body: LifecycleThresholdsDto, @CommandCtx() context: CommandContext): Promise<AnalyticsSettingsView> {
    const { newDays, silentAfterDays, lostAfterDays } = body;
    await this.settings.changeLifecycle({ newDays, silentAfterDays, lostAfterDays }, context);
    return this.get();
  }
}
