/**
 * Who may do what. Admins manage staff; staff run queue, handoff and announcement commands,
 * optionally only for some services. Ids come from the settings file, the STAFF_IDS variable
 * and the `staff` table (added with /staff by an admin); the file and the variable cannot be
 * overridden from chat, so a compromised admin chat cannot lock out the operator.
 */
import type { Store } from './ports.js';
import type { LayaniTables, StaffMember } from './records.js';
import type { Settings } from './schema.js';
import type { UserKey } from './types.js';

type RemoveListener = (user: UserKey) => void;

const ROLE_NAMES: Record<StaffMember['role'], string> = { admin: 'admin', staff: 'petugas', dashboard: 'dasbor' };

/**
 * `term:operator` in the settings or STAFF_IDS stands for every operator of `npm run staff`
 * (`term:operator:<name>`), who each keep their own id, session and audit lines (issue 13 item 9);
 * a listed `term:operator:<name>` is that operator only.
 */
const OPERATORS = 'term:operator';
const groupOf = (user: UserKey): string | undefined => (user.startsWith(`${OPERATORS}:`) ? OPERATORS : undefined);

export class Access {
  readonly #admins: ReadonlySet<string>;
  readonly #staff: ReadonlySet<string>;
  readonly #onRemove: RemoveListener[] = [];

  constructor(
    private readonly settings: Settings,
    private readonly store: Store<LayaniTables>,
    extraStaff: Iterable<UserKey>,
    extraAdmins: Iterable<UserKey> = [],
  ) {
    this.#admins = new Set([...settings.staff.admins, ...extraAdmins]);
    this.#staff = new Set([...settings.staff.staff, ...extraStaff]);
  }

  /** Called after `/staff remove`: the web console ends that person's sessions at once. */
  onRemove(listener: RemoveListener): void {
    this.#onRemove.push(listener);
  }

  #row(user: UserKey): StaffMember | undefined {
    return this.store.table('staff').get(user);
  }

  isAdmin(user: UserKey): boolean {
    return this.#listed(this.#admins, user) || this.#row(user)?.role === 'admin';
  }

  isStaff(user: UserKey): boolean {
    const row = this.#row(user);
    return this.isAdmin(user) || this.#listed(this.#staff, user) || (row !== undefined && row.role !== 'dashboard');
  }

  /** The MPP head's statistics page: admins, and members given only the `dashboard` role. */
  canSeeDashboard(user: UserKey): boolean {
    return this.isAdmin(user) || this.#row(user)?.role === 'dashboard';
  }

  /** Services a staff member may call; null means all. */
  services(user: UserKey): readonly string[] | null {
    if (this.isAdmin(user)) return null;
    const scoped = this.settings.staff.services;
    const group = groupOf(user);
    return this.#row(user)?.services ?? scoped?.[user] ?? (group ? scoped?.[group] : undefined) ?? null;
  }

  #listed(ids: ReadonlySet<string>, user: UserKey): boolean {
    const group = groupOf(user);
    return ids.has(user) || (group !== undefined && ids.has(group));
  }

  canServe(user: UserKey, service: string): boolean {
    const services = this.services(user);
    return this.isStaff(user) && (services === null || services.includes(service));
  }

  /** Everyone on duty: who hears about handoffs. */
  everyone(): UserKey[] {
    const rows = [...this.store.table('staff').values()].filter((r) => r.role !== 'dashboard').map((r) => r.id);
    return [...new Set([...this.#admins, ...this.#staff, ...rows])] as UserKey[];
  }

  async add(member: StaffMember): Promise<void> {
    this.store.table('staff').put(member);
    await this.store.flush();
  }

  /** Removes a member added from chat; ids from the settings file or STAFF_IDS stay. */
  async remove(user: UserKey): Promise<boolean> {
    if (!this.#row(user)) return false;
    this.store.table('staff').delete(user);
    await this.store.flush();
    for (const listener of this.#onRemove) listener(user);
    return true;
  }

  describe(): string {
    const fixed = [...this.#admins].map((id) => `• ${id} (admin, file)`).concat([...this.#staff].map((id) => `• ${id} (petugas, file/env)`));
    const rows = [...this.store.table('staff').values()].map((r) => `• ${r.id} (${ROLE_NAMES[r.role]}${r.services ? `: ${r.services.join(', ')}` : ''}, ditambah ${r.addedBy})`);
    return `Petugas:\n${[...fixed, ...rows].join('\n')}`;
  }
}
