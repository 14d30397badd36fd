import type { Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 50;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  offset: number = 0;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * The response class of a page of `view`s, for the OpenAPI document:
 * `export class ApplicationPage extends PageOf(ApplicationSummaryView) {}`. The subclass names the
 * schema; the page class made here is never referenced itself, so it adds no schema of its own.
 */
export function PageOf<T>(view: Class<T>): Class<Page<T>> {
  class PageOfView implements Page<T> {
    @ApiProperty({ type: [view] }) items: T[];
    @ApiProperty() total: number;
  }
  return PageOfView;
}
