// The built-in glossary: every concept in French and in English.
import type { BuiltinTerm } from './define'
import { ACCOUNTING_TERMS } from './terms-accounting'
import { BILLING_TERMS } from './terms-billing'
import { DEALS_TERMS } from './terms-deals'
import { GOVERNANCE_TERMS } from './terms-governance'
import { HR_TERMS } from './terms-hr'
import { IT_TERMS } from './terms-it'
import { LEGAL_TERMS } from './terms-legal'
import { OPERATIONS_TERMS } from './terms-operations'
import { PAYROLL_TERMS } from './terms-payroll'

export const BUILTIN_GLOSSARY: readonly BuiltinTerm[] = Object.freeze([
  ...OPERATIONS_TERMS,
  ...GOVERNANCE_TERMS,
  ...BILLING_TERMS,
  ...ACCOUNTING_TERMS,
  ...DEALS_TERMS,
  ...HR_TERMS,
  ...PAYROLL_TERMS,
  ...LEGAL_TERMS,
  ...IT_TERMS,
])

export const BUILTIN_BY_ID: ReadonlyMap<string, BuiltinTerm> = new Map(BUILTIN_GLOSSARY.map((t) => [t.id, t]))
