import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { Public } from '../../kernel/auth.decorators.js';
import { AuthService } from '../../platform/identity/auth.service.js';
import { LoginResponse } from '../../platform/identity/dto/user.dto.js';
import { OidcService } from '../../platform/identity/oidc.service.js';
import { toUserView } from '../../platform/identity/users.service.js';
import { OidcCallbackQueryDto } from './dto/organisation.dto.js';
import { OrganisationsService } from './organisations.service.js';

/**
 * The end of an e-ID login. It lives here, not in identity: the enterprise number of the login makes
 * the user a member of that organisation, which identity (a platform module) does not know.
 */
@ApiTags('auth')
@Controller('auth/oidc')
export class EidController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly oidc: OidcService,
    private readonly auth: AuthService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Get('callback')
  @Public()
  @ApiOperation({
    summary: 'Complete an e-ID login',
    description:
      'The query string the e-ID provider sent the browser back with (code, state). Finds or creates the ' +
      'account; with an enterprise number in the OIDC_KBO_CLAIM claim, the user becomes a member of that ' +
      'organisation (administrator if it has none, or if it was pending), which becomes verified.',
  })
  @ApiOkResponse({ type: LoginResponse })
  async callback(@Query() query: OidcCallbackQueryDto): Promise<LoginResponse> {
    const user = await this.dataSource.transaction(async (manager) => {
      const login = await this.oidc.complete(manager, { ...query });
      if (login.enterpriseNumber && login.user.role === 'applicant') {
        await this.organisations.actForEnterprise(manager, login.user, login.enterpriseNumber);
      }
      return login.user;
    });
    return this.auth.signIn(toUserView(user), 'eid');
  }
}
