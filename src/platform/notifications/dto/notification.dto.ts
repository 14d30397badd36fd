import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../../kernel/pagination.js';
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '../categories.js';

export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'application.submitted', description: 'What happened or is due' }) event: string;
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES }) category: string;
  @ApiProperty({ description: 'A legal notification (a period runs from it); e-mail cannot be switched off' })
  legal: boolean;
  @ApiProperty({ description: "In the user's language" }) title: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '/applications/…',
    description: 'The resource in the portal',
  })
  link: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'application' }) resourceType: string | null;
  @ApiProperty({ nullable: true, type: String }) resourceId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) readAt: string | null;
}

export class NotificationPage {
  @ApiProperty({ type: [NotificationView], description: 'Newest first' }) items: NotificationView[];
  @ApiProperty({ description: 'Notifications matching the query' }) total: number;
  @ApiProperty({ description: 'Unread notifications of the user, whatever the query' }) unread: number;
}

export class NotificationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only unread notifications' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class NotificationIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class ReadAllView {
  @ApiProperty({ description: 'Notifications marked read' }) updated: number;
}

export class CategoryPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES })
  @IsIn(NOTIFICATION_CATEGORIES)
  category: NotificationCategory;

  @ApiProperty({ description: 'Send e-mail for this category (in-app notifications are always on)' })
  @IsBoolean()
  email: boolean;
}

export class CategoryPreferenceView extends CategoryPreferenceDto {
  @ApiProperty({ description: 'Legal: e-mail cannot be switched off' }) legal: boolean;
}

export class PreferencesView {
  @ApiProperty({ enum: ['nl', 'en'], description: 'The language of mails and notifications' })
  language: 'nl' | 'en';
  @ApiProperty({ type: [CategoryPreferenceView] }) categories: CategoryPreferenceView[];
}

export class UpdatePreferencesDto {
  @ApiPropertyOptional({ enum: ['nl', 'en'] })
  @IsOptional()
  @IsIn(['nl', 'en'])
  language?: 'nl' | 'en';

  @ApiPropertyOptional({ type: [CategoryPreferenceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_CATEGORIES.length)
  @ValidateNested({ each: true })
  @Type(() => CategoryPreferenceDto)
  categories?: CategoryPreferenceDto[];
}
