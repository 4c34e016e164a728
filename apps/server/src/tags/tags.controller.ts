import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { commandResultOf, TagLibrary, type CommandContext, type CommandResult } from '#application';
import { tagStream, type Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CommandCtx } from '../http/request-context.js';
import { CommandResultDto } from '../customers/dto/command-result.dto.js';
import { DescribeTagDto, RetireTagDto, TagDefinitionDto } from './tag-definition.dto.js';
import { TagHistoryDto, TagLibraryDto, RetireTagReportDto } from './tag-library.dto.js';
import { TagLibraryView } from './tag-library-view.js';
import { TagRetirement } from './tag-retirement.js';

@ApiTags('tags')
@ApiBearerAuth()
@Controller('v1/tags')
export class TagsController {
  constructor(
    private readonly library: TagLibrary,
    private readonly view: TagLibraryView,
    private readonly retirement: TagRetirement,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  @Get()
  @RequirePermission('customers.read')
  @ApiOperation({ operationId: 'listTags', summary: 'The tag library: categories, descriptions, rule tags, tags in use and their usage' })
  @ApiOkResponse({ type: TagLibraryDto })
  list(@CurrentActor() actor: Actor): Promise<TagLibraryDto> {
    return this.view.list(actor);
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('tagLibrary.manage')
  @ApiOperation({ operationId: 'describeTag', summary: 'Add a tag to the library with its category and description' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResultDto })
  async describe(@Body() body: DescribeTagDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return commandResultOf(await this.library.describe(body.tag, body.category, body.description, context));
  }

  @Put(':tag')
  @RequirePermission('tagLibrary.manage')
  @ApiOperation({ operationId: 'changeTag', summary: "Change a tag's category or description (a new version in its history)" })
  @ApiOkResponse({ type: CommandResultDto })
  async change(@Param('tag') tag: string, @Body() body: TagDefinitionDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return commandResultOf(await this.library.describe(tag, body.category, body.description, context));
  }

  @Post(':tag/retire')
  @HttpCode(200)
  @RequirePermission('tagLibrary.manage')
  @ApiOperation({ operationId: 'retireTag', summary: 'Retire a tag: nobody may set it again, and it is removed from every customer' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: RetireTagReportDto })
  retire(@Param('tag') tag: string, @Body() body: RetireTagDto, @CommandCtx() context: CommandContext): Promise<RetireTagReportDto> {
    return this.retirement.retire(tag, body.reason, context);
  }

  @Get(':tag/history')
  @RequirePermission('audit.read')
  @ApiOperation({ operationId: 'getTagHistory', summary: "Every version of a tag's definition, with who made it" })
  @ApiOkResponse({ type: TagHistoryDto })
  async history(@Param('tag') tag: string): Promise<TagHistoryDto> {
    const events = await this.events.readStream(tagStream(tag));
    return {
      items: events.map((e) => ({ type: e.type, data: e.data, actorId: e.metadata.actorId, occurredAt: e.metadata.occurredAt, position: e.position })),
    };
  }
}
