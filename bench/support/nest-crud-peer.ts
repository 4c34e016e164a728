import 'reflect-metadata';
import Database from 'better-sqlite3';
import { Body, Controller, HttpCode, Module, NotFoundException, Param, Post, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createSecretKey, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ACTOR_RESOLVER, AuthGuard, PERMISSION_CHECK, RequirePermission, type ActorResolver, type JwtClaims, type PermissionCheck } from '#auth';
import { DEFAULT_ROLE_DEFINITIONS, type Actor, type Permission } from '#domain';
import { createValidationPipe, RecordFollowUpDto, RegisterCustomerDto } from '#server';

// The peer a team would otherwise build (issue 13): the same requests through a plain NestJS CRUD app —
// the same Fastify adapter, JWT guard (key as a KeyObject), global ValidationPipe and DTO classes —
// with one SQLite row insert or update per request and no events. Nothing here is slowed on purpose:
// prepared statements, WAL + synchronous=NORMAL (as Dossier's store), no request logging.

/** The one table, its statements prepared once. */
class CustomerRows {
  readonly db: Database.Database;
  readonly insert: Database.Statement<[string, string]>;
  readonly followUp: Database.Statement<[string, string], { revision: number }>;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec('CREATE TABLE IF NOT EXISTS customers (id TEXT PRIMARY KEY, profile TEXT NOT NULL, last_follow_up TEXT, revision INTEGER NOT NULL DEFAULT 0)');
    this.insert = this.db.prepare('INSERT INTO customers (id, profile) VALUES (?, ?)');
    this.followUp = this.db.prepare('UPDATE customers SET last_follow_up = ?, revision = revision + 1 WHERE id = ? RETURNING revision');
  }
}

/** The actor straight from the verified token (a plain app trusts its claims). */
const claimsActor: ActorResolver = {
  resolve: async (claims: JwtClaims): Promise<Actor> => ({ userId: claims.sub, role: claims.role }),
};

/** The preset roles, in memory. */
const presetPermissions: PermissionCheck = {
  mayDo: async (actor: Actor, permission: Permission) => DEFAULT_ROLE_DEFINITIONS.find((r) => r.id === actor.role)?.permissions.includes(permission) ?? false,
  hidesField: async () => false,
};

@Controller('v1/customers')
class CustomersCrudController {
  constructor(private readonly rows: CustomerRows) {}

  @Post()
  @HttpCode(201)
  @RequirePermission('customers.create')
  register(@Body() body: RegisterCustomerDto): { id: string; revision: number } {
    const id = randomUUID();
    this.rows.insert.run(id, JSON.stringify(body));
    return { id, revision: 0 };
  }

  @Post(':id/follow-ups')
  @HttpCode(201)
  @RequirePermission('followUps.create')
  recordFollowUp(@Param('id') id: string, @Body() body: RecordFollowUpDto): { id: string; revision: number } {
    const updated = this.rows.followUp.get(JSON.stringify(body), id);
    if (!updated) throw new NotFoundException(`No customer ${id}`);
    return { id, revision: updated.revision };
  }
}

@Module({})
class CrudPeerModule {
  static forRoot(rows: CustomerRows, secret: string): DynamicModule {
    const key = createSecretKey(Buffer.from(secret));
    return {
      module: CrudPeerModule,
      imports: [
        JwtModule.register({ global: true, secretOrKeyProvider: () => key, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
      ],
      controllers: [CustomersCrudController],
      providers: [
        { provide: CustomerRows, useValue: rows },
        { provide: ACTOR_RESOLVER, useValue: claimsActor },
        { provide: PERMISSION_CHECK, useValue: presetPermissions },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}

export interface CrudPeer {
  url: string;
  /** A token the peer's guard accepts (an admin's). */
  token: string;
  close(): Promise<void>;
}

export async function startNestCrudPeer(dir: string, secret: string): Promise<CrudPeer> {
  const rows = new CustomerRows(join(dir, 'peer.db'));
  const app = await NestFactory.create<NestFastifyApplication>(CrudPeerModule.forRoot(rows, secret), new FastifyAdapter(), { logger: false });
  app.useGlobalPipes(createValidationPipe());
  await app.listen(0, '127.0.0.1');
  const token = await app.get(JwtService).signAsync({ sub: randomUUID(), username: 'bench', role: 'admin', ver: 0 } satisfies JwtClaims);
  return {
    url: await app.getUrl(),
    token,
    async close() {
      await app.close();
      rows.db.close();
    },
  };
}
