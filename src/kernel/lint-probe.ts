import { DecisionsService } from '../domains/decisions/decisions.service.js';
export const probe = DecisionsService;
