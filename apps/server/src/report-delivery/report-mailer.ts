import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { ReportFile } from './report-files.js';

/** E-mail of delivered reports through SMTP_URL (nodemailer); absent SMTP_URL means inbox only. */
@Injectable()
export class ReportMailer implements OnModuleDestroy {
  private readonly transport: Transporter | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : undefined;
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  /** `messageId` derives from run and recipient, so a mail resent after a crash reads as the same message to clients that deduplicate. */
  async send(to: string, subject: string, text: string, file: ReportFile, messageId: string): Promise<void> {
    if (!this.transport) return;
    await this.transport.sendMail({
      from: this.config.smtpFrom,
      to,
      subject,
      text,
      messageId: `<${messageId}@dossier>`,
      attachments: [{ filename: file.filename, content: file.content, contentType: file.contentType }],
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
