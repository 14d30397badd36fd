import { Global, Module, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { APP_CONFIG } from '../../kernel/config/config.js';
import { ClamavScanner } from './clamav-scanner.js';
import { DocumentStorage, documentStorageFor } from './document-storage.js';
import { DocumentsRepository } from './documents.repository.js';
import { DocumentsService } from './documents.service.js';

/**
 * Global: the documents of applications, final reports, ERDF expenses and claims. Each owning domain
 * has its own routes and access checks and calls `DocumentsService`.
 */
@Global()
@Module({
  providers: [
    { provide: DocumentStorage, inject: [APP_CONFIG], useFactory: documentStorageFor },
    ClamavScanner,
    DocumentsRepository,
    DocumentsService,
  ],
  exports: [DocumentsService, DocumentStorage],
})
export class DocumentsModule implements OnApplicationShutdown {
  constructor(@Inject(DocumentStorage) private readonly storage: DocumentStorage) {}

  onApplicationShutdown(): void {
    this.storage.destroy();
  }
}
