import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { commandResultOf, CustomerCommandPipeline, type CommandResult } from '#application';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { TagCustomerCommand } from './tag-customer.command.js';

@CommandHandler(TagCustomerCommand)
export class TagCustomerHandler implements ICommandHandler<TagCustomerCommand> {
  constructor(
    private readonly pipeline: CustomerCommandPipeline,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ customerId, request, context }: TagCustomerCommand): Promise<CommandResult> {
    const data = { tag: request.tag, source: 'manual' as const, maxTags: this.config.maxTags };
    return this.pipeline.execute(customerId, context, (now) => ({ type: 'TagCustomer', data, now })).then(commandResultOf);
  }
}
