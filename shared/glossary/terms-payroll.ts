// HR, the monthly run: pay, what is withheld from it, and what is declared to whom.
import { defineConcepts } from './define'

export const PAYROLL_TERMS = defineConcepts('hr', [
  {
    slug: 'paie',
    fr: {
      term: 'paie',
      aliases: ['paye', 'paies', 'payes', 'gestion de la paie', 'service paie', 'logiciel de paie'],
      definition:
        'Calcul et versement des salaires : brut, cotisations, net, bulletins et déclarations sociales (DSN). Souvent confiée à un cabinet spécialisé.',
    },
    en: {
      term: 'payroll',
      aliases: ['payrolls', 'payroll processing', 'payroll management', 'pay run', 'pay runs'],
      definition:
        'Calculating and paying salaries: gross pay, contributions, net pay, payslips and social declarations. Often handed to a specialist firm.',
    },
  },
  {
    slug: 'bulletin-de-salaire',
    fr: {
      term: 'bulletin de salaire',
      aliases: [
        'bulletins de salaire',
        'bulletin de paie',
        'bulletins de paie',
        'fiche de paie',
        'fiches de paie',
        'fiche de paye',
        'fiches de paye',
      ],
      definition:
        'Document remis au salarié à chaque paie : salaire brut, cotisations, net à payer, congés. Obligatoire ; il peut être dématérialisé.',
    },
    en: {
      term: 'payslip',
      aliases: ['payslips', 'pay slip', 'pay slips', 'pay stub', 'pay stubs', 'salary slip', 'salary slips'],
      definition:
        'The document given to an employee with each pay: gross salary, contributions, net pay, leave. Mandatory; it may be sent electronically.',
    },
  },
  {
    slug: 'dsn',
    fr: {
      term: 'DSN',
      aliases: ['déclaration sociale nominative', 'déclarations sociales nominatives'],
      definition:
        'Déclaration sociale nominative : fichier mensuel issu de la paie qui transmet en une fois les données des salariés aux organismes sociaux et au fisc.',
    },
    en: {
      term: 'DSN',
      aliases: ['nominative social declaration', 'nominative social declarations', 'monthly payroll declaration'],
      definition:
        'French monthly payroll filing that sends each employee’s pay data to the social security bodies and the tax office in one go.',
    },
  },
  {
    slug: 'urssaf',
    fr: {
      term: 'URSSAF',
      aliases: ['Urssaf', 'organisme de recouvrement des cotisations'],
      definition:
        'Organisme qui collecte les cotisations et contributions sociales (sécurité sociale, allocations familiales, CSG-CRDS) des employeurs et des indépendants.',
    },
    en: {
      term: 'URSSAF',
      aliases: ['social security collection agency'],
      definition:
        'The French body that collects social security contributions (health, family benefits, CSG-CRDS) from employers and the self-employed.',
    },
  },
  {
    slug: 'cotisations-sociales',
    fr: {
      term: 'cotisations sociales',
      aliases: ['cotisation sociale', 'charges sociales', 'charges patronales', 'cotisations patronales', 'cotisations salariales'],
      definition:
        'Sommes prélevées sur les salaires, à la charge du salarié et de l’employeur, qui financent sécurité sociale, retraite et chômage.',
    },
    en: {
      term: 'social security contributions',
      aliases: [
        'social security contribution',
        'social contributions',
        'payroll taxes',
        'employer contributions',
        'employee contributions',
      ],
      definition:
        'Amounts levied on salaries, paid by employee and employer, that fund health insurance, pensions and unemployment benefits.',
    },
  },
  {
    slug: 'prelevement-a-la-source',
    fr: {
      term: 'prélèvement à la source',
      aliases: ['retenue à la source', 'taux de prélèvement à la source'],
      definition:
        'Impôt sur le revenu retenu directement sur le salaire par l’employeur, au taux transmis par l’administration fiscale, puis reversé via la DSN.',
    },
    en: {
      term: 'withholding tax',
      aliases: ['tax withholding', 'income tax withholding', 'withholding at source'],
      definition:
        'Income tax taken straight from the salary by the employer, at the rate sent by the tax office, then paid over through the monthly filing.',
    },
  },
  {
    slug: 'dpae',
    fr: {
      term: 'DPAE',
      aliases: ['déclaration préalable à l’embauche', 'déclarations préalables à l’embauche'],
      definition:
        'Déclaration préalable à l’embauche : formalité obligatoire auprès de l’URSSAF dans les huit jours qui précèdent toute embauche.',
    },
    en: {
      term: 'pre-hiring declaration',
      aliases: ['pre-hiring declarations', 'pre-employment declaration', 'DPAE'],
      definition: 'French mandatory filing with URSSAF, within the eight days before any hire.',
    },
  },
])
