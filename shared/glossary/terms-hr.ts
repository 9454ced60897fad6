// HR: the people, their contracts, and what happens from hiring to leaving.
import { defineConcepts } from './define'

export const HR_TERMS = defineConcepts('hr', [
  {
    slug: 'drh',
    fr: {
      term: 'DRH',
      aliases: [
        'directeur des ressources humaines',
        'directrice des ressources humaines',
        'directeurs des ressources humaines',
        'direction des ressources humaines',
        'DRH externalisé',
      ],
      definition:
        'Directeur ou directrice des ressources humaines : responsable du recrutement, de la paie, des relations sociales, de la formation et du droit du travail.',
    },
    en: {
      term: 'HR director',
      aliases: [
        'HR directors',
        'human resources director',
        'human resources directors',
        'CHRO',
        'chief human resources officer',
        'head of HR',
      ],
      definition: 'The head of human resources: in charge of hiring, payroll, employee relations, training and employment law.',
    },
  },
  {
    slug: 'rh',
    fr: {
      term: 'RH',
      aliases: ['ressources humaines', 'service RH', 'services RH', 'fonction RH', 'gestion des ressources humaines', 'GRH'],
      definition:
        'Ressources humaines : la fonction qui recrute, paie, forme et accompagne les salariés, et veille au respect du droit du travail.',
    },
    en: {
      term: 'HR',
      aliases: ['human resources', 'HR department', 'HR departments', 'human resource management', 'HRM'],
      // In lowercase "hr" is an hour.
      caseSensitive: ['HR'],
      definition:
        'Human resources: the function that hires, pays, trains and supports employees, and sees that employment law is respected.',
    },
  },
  {
    slug: 'cdi',
    fr: {
      term: 'CDI',
      aliases: ['CDIs', 'contrat à durée indéterminée', 'contrats à durée indéterminée'],
      definition:
        'Contrat à durée indéterminée : la forme normale du contrat de travail en France, sans date de fin ; il prend fin par démission, licenciement ou rupture conventionnelle.',
    },
    en: {
      term: 'permanent contract',
      aliases: [
        'permanent contracts',
        'open-ended contract',
        'open-ended contracts',
        'permanent employment contract',
        'indefinite-term contract',
      ],
      definition:
        'French “CDI”: the standard employment contract, with no end date; it ends by resignation, dismissal or mutual termination.',
    },
  },
  {
    slug: 'cdd',
    fr: {
      term: 'CDD',
      aliases: ['CDDs', 'contrat à durée déterminée', 'contrats à durée déterminée'],
      definition:
        'Contrat à durée déterminée : contrat de travail avec une fin prévue, permis seulement dans des cas précis (remplacement, surcroît d’activité…), en général 18 mois au plus.',
    },
    en: {
      term: 'fixed-term contract',
      aliases: ['fixed-term contracts', 'temporary contract', 'temporary contracts'],
      definition:
        'French “CDD”: an employment contract with a set end, allowed only in specific cases (replacement, peak in activity…), usually 18 months at most.',
    },
  },
  {
    slug: 'interim',
    fr: {
      term: 'intérim',
      aliases: [
        'travail temporaire',
        'intérimaire',
        'intérimaires',
        'agence d’intérim',
        'agences d’intérim',
        'mission d’intérim',
        'missions d’intérim',
      ],
      definition:
        'Mise à disposition d’un salarié par une agence de travail temporaire, qui l’emploie et le paie, auprès d’une entreprise cliente pour une mission limitée.',
    },
    en: {
      term: 'temporary agency work',
      aliases: ['temp work', 'temping', 'temp agency', 'temp agencies', 'agency worker', 'agency workers', 'temp worker', 'temp workers'],
      definition: 'A worker employed and paid by a temp agency and placed with a client company for a limited assignment.',
    },
  },
  {
    slug: 'periode-d-essai',
    fr: {
      term: 'période d’essai',
      aliases: ['périodes d’essai'],
      definition:
        'Début du contrat de travail pendant lequel employeur et salarié peuvent rompre librement, avec un court délai de prévenance ; sa durée est plafonnée par la loi.',
    },
    en: {
      term: 'probationary period',
      aliases: ['probationary periods', 'probation period', 'probation periods', 'trial period', 'trial periods'],
      definition:
        'The start of an employment contract during which either side may end it freely, with short notice; its length is capped by law.',
    },
  },
  {
    slug: 'rupture-conventionnelle',
    fr: {
      term: 'rupture conventionnelle',
      aliases: ['ruptures conventionnelles'],
      definition:
        'Fin d’un CDI décidée d’un commun accord, homologuée par l’administration ; le salarié reçoit une indemnité et peut toucher l’assurance chômage.',
    },
    en: {
      term: 'mutual termination agreement',
      aliases: ['mutual termination agreements', 'termination by mutual agreement', 'negotiated termination', 'mutual termination'],
      definition:
        'French “rupture conventionnelle”: a permanent contract ended by mutual agreement and approved by the labour authority; the employee gets severance and benefits.',
    },
  },
  {
    slug: 'preavis',
    fr: {
      term: 'préavis',
      aliases: ['délai de préavis', 'délais de préavis', 'période de préavis'],
      definition:
        'Délai entre l’annonce d’une démission ou d’un licenciement et la fin effective du contrat, fixé par la loi, la convention collective ou le contrat.',
    },
    en: {
      term: 'notice period',
      aliases: ['notice periods', 'period of notice'],
      definition:
        'The time between announcing a resignation or a dismissal and the actual end of the contract, set by law, collective agreement or contract.',
    },
  },
  {
    slug: 'solde-de-tout-compte',
    fr: {
      term: 'solde de tout compte',
      aliases: ['soldes de tout compte', 'reçu pour solde de tout compte'],
      definition:
        'Document qui récapitule les sommes versées au salarié qui part (salaire, congés non pris, indemnités) ; il peut être contesté dans les six mois suivant sa signature.',
    },
    en: {
      term: 'final settlement',
      aliases: ['final settlements', 'final pay', 'final paycheck', 'final settlement statement'],
      definition:
        'The statement of all sums paid to a departing employee (salary, unused leave, severance); in France it can be challenged within six months of signing.',
    },
  },
  {
    slug: 'conges-payes',
    fr: {
      term: 'congés payés',
      aliases: ['congé payé', 'congés annuels', 'congé annuel'],
      definition: 'Repos annuel rémunéré auquel tout salarié a droit : 2,5 jours ouvrables par mois travaillé, soit cinq semaines par an.',
    },
    en: {
      term: 'paid leave',
      aliases: ['paid holiday', 'paid holidays', 'annual leave', 'paid time off', 'PTO'],
      definition: 'The paid time off every employee is entitled to; in France 2.5 working days per month worked, i.e. five weeks a year.',
    },
  },
  {
    slug: 'rtt',
    fr: {
      term: 'RTT',
      aliases: ['jour de RTT', 'jours de RTT', 'réduction du temps de travail'],
      definition:
        'Réduction du temps de travail : jours de repos accordés aux salariés qui travaillent plus de 35 heures par semaine, selon l’accord d’entreprise.',
    },
    en: {
      term: 'RTT days',
      aliases: ['RTT day', 'working time reduction days', 'working time reduction'],
      definition: 'French extra days off granted to employees who work more than 35 hours a week, under a company agreement.',
    },
  },
  {
    slug: 'arret-maladie',
    fr: {
      term: 'arrêt maladie',
      aliases: ['arrêts maladie', 'arrêt de travail', 'arrêts de travail'],
      definition:
        'Interruption du travail prescrite par un médecin ; le salarié transmet l’avis sous 48 h et reçoit des indemnités journalières, souvent complétées par l’employeur.',
    },
    en: {
      term: 'sick leave',
      aliases: ['sick note', 'sick notes', 'medical leave'],
      definition:
        'Time off work prescribed by a doctor; in France the employee sends the notice within 48 hours and gets daily benefits, often topped up by the employer.',
    },
  },
  {
    slug: 'mutuelle',
    fr: {
      term: 'mutuelle',
      aliases: ['mutuelles', 'complémentaire santé', 'complémentaires santé', 'mutuelle d’entreprise'],
      definition:
        'Complémentaire santé qui rembourse ce que la Sécurité sociale ne couvre pas ; l’employeur doit la proposer à ses salariés et en payer au moins la moitié.',
    },
    en: {
      term: 'supplementary health insurance',
      aliases: ['complementary health insurance', 'top-up health insurance', 'company health plan'],
      definition:
        'Health cover that pays what public health insurance does not; French employers must offer it to staff and pay at least half.',
    },
  },
  {
    slug: 'convention-collective',
    fr: {
      term: 'convention collective',
      aliases: ['conventions collectives', 'accord de branche', 'accords de branche'],
      definition:
        'Accord négocié entre syndicats et employeurs d’une branche, qui complète le Code du travail : salaires minimums, primes, préavis, congés.',
    },
    en: {
      term: 'collective agreement',
      aliases: ['collective agreements', 'collective bargaining agreement', 'collective bargaining agreements', 'industry-wide agreement'],
      definition:
        'An agreement negotiated by unions and employers of a sector that adds to the labour code: minimum wages, bonuses, notice, leave.',
    },
  },
  {
    slug: 'onboarding',
    fr: {
      term: 'onboarding',
      aliases: ['parcours d’intégration', 'intégration des nouveaux salariés', 'accueil des nouveaux arrivants'],
      definition:
        'Intégration d’un nouveau salarié : accès, matériel, formalités, présentation des équipes et des process, pour qu’il soit vite autonome.',
    },
    en: {
      term: 'onboarding',
      aliases: ['employee onboarding', 'new hire onboarding', 'induction'],
      definition:
        'Bringing a new employee in: accounts, equipment, paperwork, meeting the team and learning the processes, so they become autonomous fast.',
    },
  },
  {
    slug: 'entretien-annuel',
    fr: {
      term: 'entretien annuel',
      aliases: ['entretiens annuels', 'entretien annuel d’évaluation', 'entretien professionnel', 'entretiens professionnels'],
      definition:
        'Rendez-vous entre un salarié et son manager sur l’année écoulée, les objectifs et la formation ; l’entretien professionnel est, lui, obligatoire tous les deux ans.',
    },
    en: {
      term: 'annual review',
      aliases: ['annual reviews', 'performance review', 'performance reviews', 'appraisal', 'appraisals'],
      definition:
        'A meeting between an employee and their manager about the past year, goals and training; in France a career review is required every two years.',
    },
  },
  {
    slug: 'turn-over',
    fr: {
      term: 'turn-over',
      aliases: ['turnover', 'rotation du personnel', 'taux de rotation', 'taux de turn-over'],
      definition:
        'Rythme des départs et des remplacements de salariés sur une période ; élevé dans une équipe support, c’est un signal faible à ne pas ignorer.',
    },
    en: {
      term: 'staff turnover',
      aliases: ['employee turnover', 'staff attrition', 'attrition', 'attrition rate', 'turnover rate'],
      definition: 'How often employees leave and are replaced over a period; high in a support team, it is a weak signal not to ignore.',
    },
  },
  {
    slug: 'cse',
    fr: {
      term: 'CSE',
      aliases: ['comité social et économique', 'comités sociaux et économiques'],
      definition:
        'Comité social et économique : instance élue qui représente le personnel, obligatoire dès 11 salariés ; ses attributions s’élargissent à partir de 50 salariés.',
    },
    en: {
      term: 'works council',
      aliases: ['works councils', 'social and economic committee', 'employee representative body'],
      definition: 'The elected staff representative body (French “CSE”), required from 11 employees, with wider powers from 50 employees.',
    },
  },
])
