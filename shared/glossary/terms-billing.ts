// Finance, day to day: what an assistant handles between an order and its payment.
import { defineConcepts } from './define'

export const BILLING_TERMS = defineConcepts('finance', [
  {
    slug: 'facture',
    fr: {
      term: 'facture',
      aliases: ['factures', 'facturation', 'facturations', 'facturer', 'note d’honoraires', 'notes d’honoraires'],
      definition:
        'Document obligatoire qui constate une vente ou une prestation : mentions légales, montants HT, TVA et TTC, échéance. Base de la comptabilité et de la TVA.',
    },
    en: {
      term: 'invoice',
      aliases: ['invoices', 'invoicing', 'invoiced', 'billing'],
      definition:
        'The mandatory record of a sale or service: legal details, amounts before tax, VAT and total, due date. The basis of the books and of VAT.',
    },
  },
  {
    slug: 'avoir',
    fr: {
      term: 'avoir',
      aliases: [
        'facture d’avoir',
        'factures d’avoir',
        'note d’avoir',
        'notes d’avoir',
        'un avoir',
        'des avoirs',
        'avoir client',
        'avoirs clients',
        'avoir fournisseur',
        'avoirs fournisseurs',
      ],
      // "avoir" alone is the verb "to have" far more often than a credit note.
      unmatched: ['avoir'],
      definition:
        'Document émis par un fournisseur qui annule tout ou partie d’une facture (erreur, retour, remise) et crée un crédit au profit du client.',
    },
    en: {
      term: 'credit note',
      aliases: ['credit notes', 'credit memo', 'credit memos', 'credit memorandum'],
      definition:
        'A document issued by a supplier that cancels all or part of an invoice (error, return, discount) and gives the customer a credit.',
    },
  },
  {
    slug: 'relance',
    fr: {
      term: 'relance',
      aliases: [
        'relances',
        'relancer',
        'relance client',
        'relances clients',
        'lettre de relance',
        'lettres de relance',
        'relance de paiement',
        'relances de paiement',
      ],
      definition:
        'Rappel envoyé à un client dont la facture reste impayée à l’échéance, ou à un interlocuteur sans réponse ; première étape avant le recouvrement.',
    },
    en: {
      term: 'payment reminder',
      aliases: ['payment reminders', 'reminder', 'reminders', 'dunning', 'dunning letter', 'dunning letters', 'chaser', 'chasers'],
      definition:
        'A reminder sent to a customer whose invoice is unpaid when due, or to a contact who has not replied; the first step before debt collection.',
    },
  },
  {
    slug: 'devis',
    fr: {
      term: 'devis',
      aliases: ['devis signé', 'devis signés', 'proposition commerciale', 'propositions commerciales'],
      definition:
        'Proposition chiffrée et détaillée d’un prestataire avant une commande ; signé par le client (« bon pour accord »), il engage les deux parties.',
    },
    en: {
      term: 'quote',
      aliases: ['quotes', 'quotation', 'quotations', 'price quote', 'price quotes'],
      definition: 'A provider’s detailed, priced offer made before an order; once the client signs it, it binds both parties.',
    },
  },
  {
    slug: 'bon-de-commande',
    fr: {
      term: 'bon de commande',
      aliases: ['bons de commande', 'commande fournisseur', 'commandes fournisseurs'],
      definition:
        'Document par lequel l’acheteur confirme sa commande au fournisseur : articles, quantités, prix, délais. Il sert de référence pour contrôler la facture.',
    },
    en: {
      term: 'purchase order',
      aliases: ['purchase orders', 'PO', 'POs'],
      caseSensitive: ['PO', 'POs'],
      definition:
        'The document by which a buyer confirms an order to a supplier: items, quantities, prices, dates. The reference used to check the invoice.',
    },
  },
  {
    slug: 'bon-de-livraison',
    fr: {
      term: 'bon de livraison',
      aliases: ['bons de livraison', 'BL'],
      caseSensitive: ['BL'],
      definition:
        'Document remis avec la marchandise, signé à réception ; il prouve la livraison et se rapproche du bon de commande et de la facture.',
    },
    en: {
      term: 'delivery note',
      aliases: ['delivery notes', 'delivery slip', 'delivery slips', 'packing slip', 'packing slips', 'proof of delivery'],
      definition:
        'The document that comes with goods and is signed on receipt; it proves delivery and is matched with the purchase order and the invoice.',
    },
  },
  {
    slug: 'note-de-frais',
    fr: {
      term: 'note de frais',
      aliases: ['notes de frais', 'frais professionnels', 'remboursement de frais', 'remboursements de frais'],
      definition:
        'Demande de remboursement des dépenses professionnelles avancées par un salarié (déplacements, repas), accompagnée des justificatifs.',
    },
    en: {
      term: 'expense report',
      aliases: ['expense reports', 'expense claim', 'expense claims', 'expenses claim', 'expenses claims'],
      definition: 'An employee’s request to be repaid business expenses paid out of pocket (travel, meals), with the receipts attached.',
    },
  },
  {
    slug: 'tva',
    fr: {
      term: 'TVA',
      aliases: ['taxe sur la valeur ajoutée', 'déclaration de TVA', 'déclarations de TVA', 'TVA intracommunautaire'],
      definition:
        'Taxe sur la valeur ajoutée : impôt sur la consommation facturé au client, collecté par l’entreprise et reversé à l’État, moins la TVA payée sur ses achats.',
    },
    en: {
      term: 'VAT',
      aliases: ['value added tax', 'value-added tax', 'VAT return', 'VAT returns'],
      caseSensitive: ['VAT'],
      definition:
        'Value added tax: a consumption tax charged to the customer, collected by the business and paid to the state, less the VAT paid on its own purchases.',
    },
  },
  {
    slug: 'echeance',
    fr: {
      term: 'échéance',
      aliases: ['échéances', 'date d’échéance', 'dates d’échéance', 'échéancier', 'échéanciers'],
      definition:
        'Date à laquelle un paiement ou une obligation doit être réglé ; l’échéancier liste les échéances successives d’un contrat ou d’un plan de paiement.',
    },
    en: {
      term: 'due date',
      aliases: ['due dates', 'payment date', 'payment dates', 'payment schedule', 'payment schedules'],
      definition:
        'The date by which a payment or an obligation must be settled; a payment schedule lists the successive due dates of a contract or a plan.',
    },
  },
  {
    slug: 'delai-de-paiement',
    fr: {
      term: 'délai de paiement',
      aliases: ['délais de paiement', 'conditions de paiement', 'condition de paiement'],
      definition:
        'Temps accordé au client pour payer une facture ; en France, la loi le plafonne à 60 jours après la facture ou 45 jours fin de mois.',
    },
    en: {
      term: 'payment terms',
      aliases: ['payment term', 'terms of payment', 'payment period'],
      definition:
        'The time a customer is given to pay an invoice; in France the law caps it at 60 days from the invoice date or 45 days end of month.',
    },
  },
  {
    slug: 'recouvrement',
    fr: {
      term: 'recouvrement',
      aliases: ['recouvrements', 'recouvrement de créances', 'recouvrement amiable', 'recouvrement judiciaire'],
      definition:
        'Démarches pour obtenir le paiement d’une créance échue : relances, mise en demeure, puis, si besoin, injonction de payer ou société de recouvrement.',
    },
    en: {
      term: 'debt collection',
      aliases: ['debt recovery', 'debt collector', 'debt collectors', 'collection agency', 'collection agencies'],
      definition:
        'The steps taken to get an overdue debt paid: reminders, formal notice, then if needed a court order or a collection agency.',
    },
  },
  {
    slug: 'creance',
    fr: {
      term: 'créance',
      aliases: ['créances', 'créance client', 'créances clients', 'comptes clients'],
      definition:
        'Somme qu’un tiers doit à l’entreprise, typiquement une facture client pas encore payée ; à suivre de près car elle pèse sur la trésorerie.',
    },
    en: {
      term: 'receivable',
      aliases: ['receivables', 'accounts receivable', 'trade receivables'],
      definition: 'Money owed to the company, typically an unpaid customer invoice; to be watched closely because it weighs on cash.',
    },
  },
  {
    slug: 'rib',
    fr: {
      term: 'RIB',
      aliases: ['RIBs', 'relevé d’identité bancaire', 'relevés d’identité bancaire', 'coordonnées bancaires', 'IBAN'],
      caseSensitive: ['RIB', 'RIBs'],
      definition:
        'Relevé d’identité bancaire : document qui donne l’IBAN et le BIC d’un compte, demandé pour recevoir un virement ou mettre en place un prélèvement.',
    },
    en: {
      term: 'bank details',
      aliases: ['bank account details', 'IBAN', 'IBANs', 'BIC', 'SWIFT code'],
      definition:
        'The account identifiers (IBAN and BIC) needed to receive a transfer or set up a direct debit; in France, given on a “RIB”.',
    },
  },
  {
    slug: 'prelevement',
    fr: {
      term: 'prélèvement',
      aliases: [
        'prélèvements',
        'prélèvement SEPA',
        'prélèvements SEPA',
        'prélèvement automatique',
        'prélèvements automatiques',
        'mandat de prélèvement',
        'mandat SEPA',
      ],
      definition:
        'Paiement tiré directement sur le compte du payeur par son créancier, qui doit détenir un mandat signé ; utilisé pour les factures récurrentes.',
    },
    en: {
      term: 'direct debit',
      aliases: ['direct debits', 'SEPA direct debit', 'SEPA direct debits', 'direct debit mandate', 'SEPA mandate'],
      definition: 'A payment pulled from the payer’s account by the creditor, who must hold a signed mandate; used for recurring bills.',
    },
  },
  {
    slug: 'virement',
    fr: {
      term: 'virement',
      aliases: ['virements', 'virement bancaire', 'virements bancaires', 'virement SEPA', 'virement instantané'],
      definition:
        'Paiement ordonné par le payeur depuis son compte vers celui du bénéficiaire, identifié par son IBAN ; à vérifier contre la fraude au faux RIB.',
    },
    en: {
      term: 'bank transfer',
      aliases: ['bank transfers', 'wire transfer', 'wire transfers', 'credit transfer', 'credit transfers'],
      definition:
        'A payment the payer sends from their account to the payee’s, identified by its IBAN; check it against fake bank detail fraud.',
    },
  },
  {
    slug: 'facture-electronique',
    fr: {
      term: 'facture électronique',
      aliases: ['factures électroniques', 'facturation électronique', 'e-facture', 'e-factures', 'e-facturation'],
      definition:
        'Facture émise et reçue en données structurées via une plateforme agréée ; réception obligatoire en France dès septembre 2026, émission en 2026 ou 2027 selon la taille.',
    },
    en: {
      term: 'e-invoice',
      aliases: ['e-invoices', 'e-invoicing', 'electronic invoice', 'electronic invoices', 'electronic invoicing'],
      definition:
        'An invoice sent and received as structured data through an approved platform; in France all firms must accept them from September 2026.',
    },
  },
])
