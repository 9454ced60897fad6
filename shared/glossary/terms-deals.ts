// Finance, at the big moments: raising money, selling, buying, and the checks that come with them.
import { defineConcepts } from './define'

export const DEALS_TERMS = defineConcepts('finance', [
  {
    slug: 'levee-de-fonds',
    fr: {
      term: 'levée de fonds',
      aliases: ['levées de fonds', 'lever des fonds', 'tour de table', 'tours de table'],
      definition:
        'Opération par laquelle une entreprise fait entrer des investisseurs (business angels, fonds) à son capital pour financer sa croissance, en échange de parts.',
    },
    en: {
      term: 'fundraising',
      aliases: ['fund-raising', 'funding round', 'funding rounds', 'raising capital', 'capital raise', 'capital raising'],
      definition: 'When a company brings investors (business angels, funds) into its capital to finance growth, in exchange for shares.',
    },
  },
  {
    slug: 'cession',
    fr: {
      term: 'cession',
      aliases: [
        'cessions',
        'cession d’entreprise',
        'cessions d’entreprises',
        'cession de l’entreprise',
        'transmission d’entreprise',
        'céder son entreprise',
      ],
      definition:
        'Vente de tout ou partie d’une entreprise (titres ou fonds de commerce) à un repreneur ; elle se prépare par une valorisation et une due diligence.',
    },
    en: {
      term: 'business sale',
      aliases: [
        'business sales',
        'sale of a business',
        'sale of the business',
        'company sale',
        'divestiture',
        'divestitures',
        'divestment',
      ],
      definition:
        'Selling all or part of a company (shares or the business itself) to a buyer; prepared through a valuation and a due diligence.',
    },
  },
  {
    slug: 'm-and-a',
    fr: {
      term: 'M&A',
      aliases: ['fusions-acquisitions', 'fusion-acquisition', 'fusions et acquisitions', 'fusion et acquisition'],
      definition:
        'Fusions-acquisitions (mergers and acquisitions) : rachats, fusions et cessions d’entreprises, et le conseil qui les accompagne.',
    },
    en: {
      term: 'M&A',
      aliases: ['mergers and acquisitions', 'merger and acquisition', 'mergers & acquisitions'],
      definition: 'Mergers and acquisitions: buying, merging and selling companies, and the advisory work around those deals.',
    },
  },
  {
    slug: 'due-diligence',
    fr: {
      term: 'due diligence',
      aliases: ['due diligences', 'audit d’acquisition', 'audits d’acquisition', 'vérifications préalables'],
      definition:
        'Audit approfondi (financier, juridique, social, opérationnel) mené par un acquéreur ou un investisseur avant une cession, une acquisition ou une levée de fonds.',
    },
    en: {
      term: 'due diligence',
      aliases: ['due diligences', 'due-diligence review', 'acquisition audit'],
      definition:
        'An in-depth review (financial, legal, HR, operational) run by a buyer or an investor before a sale, an acquisition or a fundraising.',
    },
  },
  {
    slug: 'valorisation',
    fr: {
      term: 'valorisation',
      aliases: ['valorisations', 'valorisation de l’entreprise', 'évaluation d’entreprise', 'évaluations d’entreprise'],
      definition:
        'Estimation de la valeur d’une entreprise (multiples d’EBE, flux de trésorerie, actifs), base de négociation d’une cession ou d’une levée de fonds.',
    },
    en: {
      term: 'valuation',
      aliases: ['valuations', 'company valuation', 'business valuation', 'business valuations'],
      definition:
        'An estimate of what a company is worth (EBITDA multiples, cash flows, assets); the basis for negotiating a sale or a fundraising.',
    },
  },
])
