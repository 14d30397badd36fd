import { Module } from '@nestjs/common';
import { CallsController, ProgrammesController } from './programmes.controller.js';
import { ProgrammesRepository } from './programmes.repository.js';
import { ProgrammesService } from './programmes.service.js';

@Module({
  controllers: [ProgrammesController, CallsController],
  providers: [ProgrammesService, ProgrammesRepository],
  exports: [ProgrammesService],
})
export class ProgrammesModule {}
