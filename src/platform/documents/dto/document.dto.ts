import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SCAN_STATUSES, type ScanStatus } from '../document.entity.js';

/** The multipart body of an upload (documented for the OpenAPI description; parsed as a stream). */
export class UploadDocumentDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'The file: PDF, PNG, JPEG, ODT, DOCX or XLSX',
  })
  file: unknown;

  @ApiProperty({ example: 'partnership_agreement', description: 'What the document is (snake_case)' })
  kind: string;

  @ApiProperty({ example: 'Samenwerkingsovereenkomst', description: '1–200 characters' })
  title: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The partner organisation the document belongs to (for annexes required of every partner)',
  })
  organisationId?: string;
}

export class DocumentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Sanitised; the download is offered under this name' }) fileName: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organisationId: string | null;
  @ApiProperty({ description: 'SHA-256 of the content, hex' }) sha256: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ description: 'The type found in the content' }) contentType: string;
  @ApiProperty({
    enum: SCAN_STATUSES,
    description: '`unscanned`: no virus scanner is configured; `pending`: being scanned',
  })
  scanStatus: ScanStatus;
  @ApiProperty({ format: 'uuid' }) uploadedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) removedAt: string | null;
}
