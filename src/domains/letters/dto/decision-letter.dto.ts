import { ApiProperty } from '@nestjs/swagger';

export class LetterPendingView {
  @ApiProperty({ enum: ['pending'], description: 'The letter is being produced; ask again shortly' })
  status: 'pending';
}

export class RegenerationView {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
  @ApiProperty({ description: 'Number of decisions whose letters are rendered again' }) decisions: number;
}
