import type { Kysely, Selectable } from "kysely";
import { newId } from "./ids.js";
import type { LedgerClaimTable, StoreDatabase } from "./schema.js";

/** One claim of the ledger, as the API returns it. */
export interface LedgerClaim {
  readonly articleId: string;
  readonly claimIndex: number;
  readonly kind: string;
  readonly value: number;
  readonly unit: string;
  readonly currency: string | null;
  readonly qualifier: string | null;
  readonly phrase: string;
  readonly organisation: string | null;
  readonly counterparty: string | null;
  readonly relation: string | null;
  readonly programme: string | null;
  readonly project: string | null;
  readonly place: string | null;
  readonly claimedFor: string | null;
  readonly published: string | null;
  readonly checks: readonly unknown[];
  readonly createdAt: string;
}

export type NewLedgerClaim = Omit<LedgerClaim, "articleId" | "claimIndex" | "createdAt">;

export interface ArticleInput {
  readonly text: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly language: string;
  readonly explanation: unknown;
  readonly catalogVersion: string;
  readonly claims: readonly NewLedgerClaim[];
}

export interface SavedArticle {
  readonly id: string;
  readonly text: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly language: string;
  readonly explanation: unknown;
  readonly catalogVersion: string;
  readonly createdAt: string;
}

export interface LedgerQuery {
  readonly project?: string | undefined;
  readonly organisation?: string | undefined;
  readonly kind?: string | undefined;
  /** Article dates from and to (YYYY-MM-DD, inclusive). */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly limit: number;
}

/** Explained articles and the ledger of their claims, written together in one transaction. */
export class ArticleRepository {
  constructor(private readonly db: Kysely<StoreDatabase>) {}

  async save(a: ArticleInput): Promise<{ article: SavedArticle; claims: LedgerClaim[] }> {
    const id = newId();
    const now = new Date().toISOString();
    const claims = a.claims.map(
      (c, i): LedgerClaim => ({ ...c, articleId: id, claimIndex: i, createdAt: now }),
    );
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto("articles")
        .values({
          id,
          text: a.text,
          url: a.url,
          published: a.published,
          language: a.language,
          explanation: JSON.stringify(a.explanation),
          catalog_version: a.catalogVersion,
          created_at: now,
        })
        .execute();
      if (claims.length > 0) await tx.insertInto("ledger_claims").values(claims.map(toRow)).execute();
    });
    const { claims: _, ...article } = a;
    return { article: { ...article, id, createdAt: now }, claims };
  }

  async get(id: string): Promise<SavedArticle | undefined> {
    const r = await this.db.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
    if (!r) return undefined;
    return {
      id: r.id,
      text: r.text,
      url: r.url,
      published: r.published,
      language: r.language,
      explanation: JSON.parse(r.explanation),
      catalogVersion: r.catalog_version,
      createdAt: r.created_at,
    };
  }

  async list(limit: number, offset: number) {
    const rows = await this.db
      .selectFrom("articles")
      .select(["id", "url", "published", "language", "created_at"])
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      url: r.url,
      published: r.published,
      language: r.language,
      createdAt: r.created_at,
    }));
  }

  /** The ledger's claims, oldest article first (undated ones last, in the order they were saved). */
  async ledger(q: LedgerQuery): Promise<LedgerClaim[]> {
    let s = this.db.selectFrom("ledger_claims").selectAll();
    if (q.project !== undefined) s = s.where("project", "=", q.project);
    if (q.organisation !== undefined)
      s = s.where((eb) =>
        eb.or([
          eb("organisation", "=", q.organisation as string),
          eb("counterparty", "=", q.organisation as string),
        ]),
      );
    if (q.kind !== undefined) s = s.where("kind", "=", q.kind);
    if (q.from !== undefined) s = s.where("published", ">=", q.from);
    if (q.to !== undefined) s = s.where("published", "<=", q.to);
    const rows = await s
      .orderBy((eb) => eb.case().when("published", "is", null).then(1).else(0).end())
      .orderBy("published")
      .orderBy("created_at")
      .orderBy("article_id")
      .orderBy("claim_index")
      .limit(q.limit)
      .execute();
    return rows.map(fromRow);
  }
}

function toRow(c: LedgerClaim): Selectable<LedgerClaimTable> {
  return {
    article_id: c.articleId,
    claim_index: c.claimIndex,
    kind: c.kind,
    value: c.value,
    unit: c.unit,
    currency: c.currency,
    qualifier: c.qualifier,
    phrase: c.phrase,
    organisation: c.organisation,
    counterparty: c.counterparty,
    relation: c.relation,
    programme: c.programme,
    project: c.project,
    place: c.place,
    claimed_for: c.claimedFor,
    published: c.published,
    checks: JSON.stringify(c.checks),
    created_at: c.createdAt,
  };
}

function fromRow(r: Selectable<LedgerClaimTable>): LedgerClaim {
  return {
    articleId: r.article_id,
    claimIndex: r.claim_index,
    kind: r.kind,
    value: r.value,
    unit: r.unit,
    currency: r.currency,
    qualifier: r.qualifier,
    phrase: r.phrase,
    organisation: r.organisation,
    counterparty: r.counterparty,
    relation: r.relation,
    programme: r.programme,
    project: r.project,
    place: r.place,
    claimedFor: r.claimed_for,
    published: r.published,
    checks: JSON.parse(r.checks),
    createdAt: r.created_at,
  };
}
