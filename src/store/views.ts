import type { Kysely } from "kysely";
import { shareId } from "./ids.js";
import type { StoreDatabase } from "./schema.js";

/** A page of the web app as its user saw it: the page's name and its state, kept as the app encoded it. */
export interface SavedView {
  readonly id: string;
  readonly page: string;
  readonly state: string;
  readonly createdAt: string;
}

/** Saved views of the web app: written once, read by their share id, never changed. */
export class ViewRepository {
  constructor(private readonly db: Kysely<StoreDatabase>) {}

  async create(page: string, state: string): Promise<SavedView> {
    const row = { id: shareId(), page, state, created_at: new Date().toISOString() };
    await this.db.insertInto("views").values(row).execute();
    return { id: row.id, page, state, createdAt: row.created_at };
  }

  async get(id: string): Promise<SavedView | undefined> {
    const row = await this.db.selectFrom("views").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? { id: row.id, page: row.page, state: row.state, createdAt: row.created_at } : undefined;
  }
}
