import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  TOKEN_EXPLAIN_HELP,
  TOKEN_POLICY_VALIDATE_HELP,
  explainTokenCommand,
  readExplainPolicy,
  readInput,
  validateTokenPolicyCommand
} from "./chunk-OKQ5EDJJ.js";
import "./chunk-AKSQEWGY.js";
import "./chunk-KU4LF6M5.js";
import "./chunk-ICJULKRC.js";
import "./chunk-FE5G7FUW.js";
import "./chunk-MLYKWJD5.js";
import "./chunk-K2QZ4W74.js";
import "./chunk-6RGQZ5V6.js";
export {
  TOKEN_EXPLAIN_HELP,
  TOKEN_POLICY_VALIDATE_HELP,
  explainTokenCommand,
  readExplainPolicy,
  readInput,
  validateTokenPolicyCommand
};
