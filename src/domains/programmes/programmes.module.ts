import { Module } from '@nestjs/common';
import { CallsController, ProgrammesController } from './programmes.controller.js';
import { ProgrammesService } from './programmes.service.js';

@Module({
  controllers: [ProgrammesController, CallsController],
  providers: [ProgrammesService],
  exports: [ProgrammesService],
})
export class ProgrammesModule {}
