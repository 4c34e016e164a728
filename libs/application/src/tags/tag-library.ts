import {
  DEFAULT_TAG_CATEGORIES,
  evolveTag,
  UNCATEGORISED,
  tagLibraryDecider,
  TAG_LIBRARY_EVENT_TYPES,
  type TagCategory,
  type TagDefinition,
  type TagLibraryCommand,
  type TagLibraryEvent,
  type TagState,
} from '#domain';
import type { EventStore } from '#event-store';
import type { Clock } from '#shared';
import { CommandPipeline } from '../command-pipeline/command-pipeline.js';
import type { CommandContext } from '../command-pipeline/command-context.js';

const PAGE = 500;

/**
 * The tag library (`tag-<name>` streams): its writes through the one pipeline, a tag's state for
 * commands (read from its stream), and the whole library for lists, folded from the tag events
 * recorded since the last read (one indexed lookup when nothing changed), like the role catalogue.
 */
export class TagLibrary {
  private readonly pipeline: CommandPipeline<TagLibraryCommand, TagLibraryEvent, TagState>;
  private readonly definitions = new Map<string, TagDefinition>();
  private seenPosition = 0;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly store: EventStore,
    clock: Clock,
  ) {
    this.pipeline = new CommandPipeline(store, clock, tagLibraryDecider);
  }

  describe(tag: string, category: TagCategory, description: string | undefined, context: CommandContext) {
    const data = description === undefined ? { tag, category } : { tag, category, description };
    return this.pipeline.execute(tag, context, (now) => ({ type: 'DescribeTag', data, now }));
  }

  retire(tag: string, reason: string, context: CommandContext) {
    return this.pipeline.execute(tag, context, (now) => ({ type: 'RetireTag', data: { tag, reason }, now }));
  }

  async definitionOf(tag: string): Promise<TagState> {
    return (await this.pipeline.load(tag)).state;
  }

  /** Every described or retired tag, by name. */
  async list(): Promise<TagDefinition[]> {
    this.refreshing ??= this.catchUp().finally(() => (this.refreshing = undefined));
    await this.refreshing;
    return [...this.definitions.values()].sort((a, b) => a.tag.localeCompare(b.tag));
  }

  /** The category a tag is reported under: its description's, else a default rule tag's, else uncategorised. */
  async categoriesOf(tags: readonly string[]): Promise<Map<string, string>> {
    const described = new Map((await this.list()).map((definition) => [definition.tag, definition.category]));
    return new Map(tags.map((tag) => [tag, described.get(tag) ?? DEFAULT_TAG_CATEGORIES[tag] ?? UNCATEGORISED]));
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const page = await this.store.readAll({ after: this.seenPosition, types: TAG_LIBRARY_EVENT_TYPES, limit: PAGE });
      for (const recorded of page) {
        const event = recorded as unknown as TagLibraryEvent;
        const next = evolveTag(this.definitions.get(event.data.tag), event);
        if (next) this.definitions.set(next.tag, next);
        this.seenPosition = recorded.position;
      }
      if (page.length < PAGE) return;
    }
  }
}
