import { ApiProperty } from '@nestjs/swagger';

/** One way the addressee was told that the decision letter is ready. */
export class DecisionNoticeChannelView {
  @ApiProperty({ enum: ['email', 'in-app'] }) channel: 'email' | 'in-app';
  @ApiProperty({ format: 'uuid', description: 'The member of the organisation notified' }) userId: string;
  @ApiProperty({ nullable: true, type: String, description: 'E-mail: the address' }) to: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the notification was written (queued)' })
  createdAt: string;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'E-mail: when the SMTP server accepted it; in-app: when it was written',
  })
  sentAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'In-app: when it was read' })
  readAt: string | null;
}

/** How and when the decision was notified (staff only): the appeal period starts from it. */
export class DecisionNoticeView {
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description:
      'The earliest moment a notification was sent (an e-mail accepted by the server, or an in-app notification)',
  })
  notifiedAt: string | null;
  @ApiProperty({ type: [DecisionNoticeChannelView] }) channels: DecisionNoticeChannelView[];
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'First download of the letter by a member of the organisation',
  })
  firstDownloadAt: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) firstDownloadBy: string | null;
}
