import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { RateLimitGuard } from './rate-limit.guard.js';

export const JWT_ALGORITHM = 'HS256';
export const JWT_ISSUER = 'vlaams-brabant-subsidies';

@Module({
  imports: [
    UsersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to parse it as a
        // public key on every verification, which cost about an eighth of the API's CPU under load.
        secret: createSecretKey(Buffer.from(config.jwtSecret)),
        signOptions: { algorithm: JWT_ALGORITHM, expiresIn: config.jwtTtlSeconds, issuer: JWT_ISSUER },
        // Whatever its `exp` says, a token counts for at most JWT_TTL after it was issued, and must say when.
        verifyOptions: { algorithms: [JWT_ALGORITHM], issuer: JWT_ISSUER, maxAge: config.jwtTtlSeconds },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, RateLimitGuard, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
