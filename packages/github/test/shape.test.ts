import { expect, test } from '@jest/globals';
import { Shape } from '../src/shape.js';

const origin = { route: 'GET /x', operation: 'the thing' };

test('reads the fields it is asked for, and treats null like absent only where allowed', () => {
  const shape = Shape.of({ a: 'x', n: 3, b: true, o: { s: 'y' }, nil: null, list: [{ s: 'z' }] }, origin);
  expect([shape.string('a'), shape.integer('n'), shape.boolean('b'), shape.object('o').string('s'), shape.optionalString('nil'), shape.optionalObject('nil'), shape.array('list')[0]!.string('s')]).toEqual(['x', 3, true, 'y', undefined, undefined, 'z']);
});

test('a missing or mistyped field is GITHUB_BAD_RESPONSE naming the field path, the route and the operation', () => {
  const shape = Shape.of({ o: { n: '3' }, list: [{}] }, origin);
  expect(() => shape.object('o').integer('n')).toThrow('the thing (GET /x): expected o.n to be a non-negative integer, found the string "3"');
  expect(() => shape.array('list')[0]!.string('sha')).toThrow('expected list[0].sha to be a string, found nothing');
  expect(() => Shape.of('<html>', origin).string('a')).toThrow('expected the body to be an object, found the string "<html>"');
  expect(() => Shape.of({}, origin).items()).toThrow('expected the body to be an array');
});
