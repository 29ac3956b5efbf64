import { GitHubError } from './errors.js';

/** Where a value came from, for the error that says it had the wrong shape. */
export interface Origin {
  readonly route: string;
  readonly operation: string;
}

/**
 * Minimal checks, at the edge, on exactly the fields the adapter uses: a missing or
 * mistyped field is GITHUB_BAD_RESPONSE naming the field, never a silent default.
 */
export class Shape {
  private constructor(
    private readonly value: unknown,
    private readonly origin: Origin,
    private readonly path: string,
  ) {}

  static of(value: unknown, origin: Origin): Shape {
    return new Shape(value, origin, '');
  }

  /** This value as an array of shapes. */
  items(): Shape[] {
    if (!Array.isArray(this.value)) throw this.wrong(this.path || 'the body', 'an array', this.value);
    return this.value.map((item, index) => new Shape(item, this.origin, `${this.path}[${index}]`));
  }

  object(key: string): Shape {
    const value = this.get(key);
    if (!isObject(value)) throw this.wrong(this.at(key), 'an object', value);
    return new Shape(value, this.origin, this.at(key));
  }

  optionalObject(key: string): Shape | undefined {
    const value = this.get(key);
    return value === null || value === undefined ? undefined : this.object(key);
  }

  array(key: string): Shape[] {
    return new Shape(this.get(key), this.origin, this.at(key)).items();
  }

  string(key: string): string {
    const value = this.get(key);
    if (typeof value !== 'string') throw this.wrong(this.at(key), 'a string', value);
    return value;
  }

  optionalString(key: string): string | undefined {
    const value = this.get(key);
    return value === null || value === undefined ? undefined : this.string(key);
  }

  integer(key: string): number {
    const value = this.get(key);
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw this.wrong(this.at(key), 'a non-negative integer', value);
    return value;
  }

  boolean(key: string): boolean {
    const value = this.get(key);
    if (typeof value !== 'boolean') throw this.wrong(this.at(key), 'a boolean', value);
    return value;
  }

  /** The raw value of a field, for fields passed on uninterpreted (rule parameters). */
  raw(key: string): unknown {
    return this.get(key);
  }

  private get(key: string): unknown {
    if (!isObject(this.value)) throw this.wrong(this.path || 'the body', 'an object', this.value);
    return this.value[key];
  }

  private at(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  private wrong(path: string, expected: string, found: unknown): GitHubError {
    const { route, operation } = this.origin;
    return new GitHubError('GITHUB_BAD_RESPONSE', `${operation} (${route}): expected ${path} to be ${expected}, found ${describe(found)}`, { route, operation });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value.slice(0, 40))}` : `${typeof value} ${JSON.stringify(value)?.slice(0, 40) ?? ''}`;
}
