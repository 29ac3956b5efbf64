// Types for the generated standalone validators (scripts/generate.mjs).
import type { ErrorObject } from 'ajv';

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validateBrokerConfig: GeneratedValidator;
