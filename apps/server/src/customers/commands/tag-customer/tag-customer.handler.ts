import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { commandResultOf, CustomerCommandPipeline, TagLibrary, type CommandResult } from '#application';
import { DomainError } from '#domain';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { TagCustomerCommand } from './tag-customer.command.js';

@CommandHandler(TagCustomerCommand)
export class TagCustomerHandler implements ICommandHandler<TagCustomerCommand> {
  constructor(
    private readonly pipeline: CustomerCommandPipeline,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly library: TagLibrary,
  ) {}

  async execute({ customerId, request, context }: TagCustomerCommand): Promise<CommandResult> {
    const retiredAt = (await this.library.definitionOf(request.tag))?.retiredAt;
    if (retiredAt !== undefined) throw new DomainError('tag-retired', `Tag "${request.tag}" was retired at ${retiredAt}`, 'tag');
    const data = { tag: request.tag, source: 'manual' as const, maxTags: this.config.maxTags };
    return this.pipeline.execute(customerId, context, (now) => ({ type: 'TagCustomer', data, now })).then(commandResultOf);
  }
}
