/**
 * The English strings of the staff interface, in one catalog so that wording is reviewed in one
 * place and a translation is one file. Functions build the sentences that hold a value.
 */
export const ui = {
  nav: {
    dashboard: 'Dashboard',
    sessions: 'Sessions',
    newDraft: 'New draft',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: (name: string) => `Signed in as ${name}`,
  },
  common: {
    loading: 'Loading…',
    save: 'Save',
    cancel: 'Cancel',
    unreachable: 'The server cannot be reached; try again when online.',
    serverAnswered: (status: number) => `The server answered ${status}.`,
    none: 'None',
    working: 'Working…',
  },
  login: {
    title: 'Sign in',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    signingIn: 'Signing in…',
    intro: 'Sign in with your secretariat account to draft, review and issue addenda.',
  },
  dashboard: {
    title: 'Dashboard',
    waiting: 'Waiting for my step',
    waitingNone: 'Nothing is waiting for you.',
    mine: 'My drafts',
    mineNone: 'You have no drafts.',
    all: 'All drafts',
    allNone: 'No draft matches.',
    filters: 'Find drafts',
    search: 'Symbol or title',
    session: 'Session',
    anySession: 'Any session',
    state: 'State',
    anyState: 'Any state',
    apply: 'Show',
    newDraft: 'Create a new draft',
    columns: {
      draft: 'Draft',
      language: 'Language',
      session: 'Session',
      state: 'State',
      next: 'Next',
      updated: 'Updated',
    },
    untitled: 'Untitled draft',
  },
  phases: {
    drafting: 'Drafting',
    review: 'In review',
    approved: 'Approved',
    issuance: 'Issuance',
    issued: 'Issued',
    withdrawn: 'Withdrawn',
  } as Record<string, string>,
  roles: {
    drafter: 'drafters',
    reviewer: 'reviewers',
    secretary: 'the secretary',
    'documents-officer': 'documents officers',
    administrator: 'administrators',
  } as Record<string, string>,
  languages: {
    ar: 'Arabic',
    zh: 'Chinese',
    en: 'English',
    es: 'Spanish',
    fr: 'French',
    ru: 'Russian',
  } as Record<string, string>,
  sessions: {
    title: 'Sessions',
    none: 'No session has been added yet.',
    edit: 'Edit facts',
    create: 'Add a session from a facts file',
    body: 'Body',
    code: 'Session code',
    codeHint: 'For example 28 (letters, digits, dots and hyphens).',
    file: 'Session facts file (JSON)',
    createSubmit: 'Add the session',
    fileUnreadable: (message: string) => `The file is not JSON: ${message}`,
    created: 'The session was added.',
    noBody: 'No body exists yet; an administrator adds one first.',
    factsTitle: (label: string) => `Facts of ${label}`,
    saved: 'The facts were saved.',
    saveFacts: 'Save the facts',
    problemsSummary: (count: number) =>
      count === 1
        ? 'One problem must be fixed before saving:'
        : `${count} problems must be fixed before saving:`,
    otherProblems: 'Other problems',
    general: 'Session',
    number: 'Session number',
    year: 'Year',
    startDate: 'First day (YYYY-MM-DD)',
    endDate: 'Last day (YYYY-MM-DD)',
    reportSymbol: 'Report symbol',
    sessionTitle: (lang: string) => `Session title (${lang})`,
    meetings: 'Meetings',
    meetingNumber: 'Meeting number',
    meetingDate: 'Date (YYYY-MM-DD)',
    addMeeting: 'Add a meeting',
    removeMeeting: (n: number) => `Remove meeting row ${n}`,
    documents: 'Documents',
    documentSymbol: 'Symbol',
    documentDescription: (lang: string) => `Description (${lang})`,
    addDocument: 'Add a document',
    removeDocument: (n: number) => `Remove document row ${n}`,
    agenda: 'Agenda',
    itemLegend: (n: string) => `Agenda item ${n}`,
    itemNumber: 'Item number',
    itemTitle: (lang: string) => `Title (${lang})`,
    itemMeetings: 'Meetings (numbers, separated by commas)',
    itemDocuments: 'Documents (symbols, separated by commas)',
    speakers: 'Speakers',
    itemStates: 'States (ISO codes, separated by commas)',
    itemObserverStates: 'Observer States (ISO codes, separated by commas)',
    stale: 'Someone else changed these facts; reload the page to see their version.',
    removeRow: (one: string, n: number) => `Remove ${one.toLowerCase()} ${n}`,
    subItems: { legend: 'Sub-items', one: 'Sub-item', add: 'Add a sub-item' },
    subItemTitle: (letter: string, lang: string) => `Sub-item (${letter}) title (${lang})`,
    introductoryGroup: (g: number) => ({
      legend:
        g === 1
          ? 'Introductory statements, group 1 (made introductory statements)'
          : `Introductory statements, group ${g} (also made statements)`,
      add: `Add an official to group ${g}`,
      remove: (n: number) => `Remove official ${n} of group ${g}`,
    }),
    officialName: (g: number, n: number, lang: string) => `Official ${n} of group ${g} (${lang})`,
    addGroup: 'Add a group of introductory statements',
    removeGroup: (g: number) => `Remove group ${g}`,
    speakerLists: {
      intergovernmentalOrganizations: {
        legend: 'Intergovernmental organizations',
        one: 'Intergovernmental organization',
        add: 'Add an intergovernmental organization',
      },
      specialRapporteurs: {
        legend: 'Special rapporteurs',
        one: 'Special rapporteur',
        add: 'Add a special rapporteur',
      },
      institutes: { legend: 'Institutes', one: 'Institute', add: 'Add an institute' },
      nonGovernmentalOrganizations: {
        legend: 'Non-governmental organizations',
        one: 'Non-governmental organization',
        add: 'Add a non-governmental organization',
      },
    },
    speakerName: (one: string, n: number, lang: string) => `${one} ${n} (${lang})`,
  },
  newDraft: {
    title: 'New draft',
    intro:
      'The template writes the addendum from the session facts; you then draft the deliberations and the action taken.',
    session: 'Session',
    item: 'Agenda item',
    chooseSessionFirst: 'Choose a session first',
    template: 'Template',
    language: 'Language',
    route: 'Review route',
    routeDefault: 'Editor, then the secretary of the commission',
    routeEditorOnly: 'Editor only',
    routeThree: 'Editor, section chief (a reviewer), then the secretary of the commission',
    submit: 'Create the draft',
    creating: 'Creating the draft…',
    noSession: 'No session exists yet; add one under Sessions first.',
  },
  panel: {
    title: 'Lifecycle',
    standing: 'Where the draft stands',
    route: 'Route',
    stepApproved: 'approved',
    stepCurrent: 'acting now',
    stepPending: 'to come',
    nextActors: 'Who acts next',
    nobody: 'Nobody: the draft’s life is over.',
    you: 'you',
    owner: 'the owner',
    actions: 'What you can do now',
    noActions: 'Nothing is yours to do on this draft now.',
    returned: (reason: string) => `Returned: ${reason}`,
    reason: 'Reason',
    reasonRequired: 'Say why the draft goes back to drafting.',
    approveComment: 'Comment (optional)',
    confirmReturn: 'Return to drafting',
    confirmApprove: 'Approve',
    confirmWithdraw: 'Withdraw',
    symbol: 'Symbol',
    history: 'History',
    historyEmpty: 'Nothing has happened yet.',
    historyEntry: (action: string, from: string | null, to: string | null) =>
      from && to && from !== to ? `${action}: ${from} → ${to}` : action,
    stale: 'Someone acted on this draft meanwhile; it has been reloaded. Check and try again.',
    openEditor: 'Open in the editor',
    openReview: 'Review, compare, export',
    present: 'In the draft now',
    presentAlone: 'Only you.',
  },
  routeEditor: {
    presets: 'Start from a preset route',
    presetLabel: (label: string) => `Use: ${label}`,
    steps: 'Steps, in the order they approve',
    role: (n: number) => `Step ${n}: who approves`,
    person: (n: number, name: string) => `Step ${n}: ${name} (a named person)`,
    title: (n: number) => `Step ${n}: name in the office (optional)`,
    moveUp: (n: number) => `Move step ${n} up`,
    moveDown: (n: number) => `Move step ${n} down`,
    remove: (n: number) => `Remove step ${n}`,
    add: 'Add a step',
    empty: 'A route needs at least one step.',
    submit: 'Save the route',
  },
  issuance: {
    title: 'Issuance',
    symbol: 'Final symbol',
    assign: 'Assign the symbol',
    runChecks: 'Run the issuance checks',
    issue: 'Issue the text',
    checks: 'Issuance checks',
    notRun: 'The checks have not run yet.',
    passed: 'passed',
    failed: 'failed',
    checkNames: {
      numbering: 'Numbering',
      symbols: 'Document symbols',
      languageParity: 'Language parity',
    } as Record<string, string>,
    published: (symbol: string) => `Issued as ${symbol}.`,
    publicPage: 'Open the public page',
  },
  comments: {
    title: 'Comments',
    none: 'No comments yet.',
    selectHint:
      'Select words in the text to comment on them, or use the comment button under a paragraph (it works from the keyboard).',
    onNumbered: (kind: string, number: string) => `Comment on ${kind} ${number}`,
    onBlock: (start: string) => `Comment on “${start}”`,
    words: 'Only these words (optional)',
    wordsHint:
      'Type words of the paragraph to comment on them alone; leave empty to comment on the whole paragraph.',
    wordsNotFound: (words: string) => `“${words}” is not in this paragraph; copy the words exactly.`,
    on: (quote: string) => `On “${quote}”`,
    newComment: 'Comment on the selection',
    add: 'Add the comment',
    reply: 'Reply',
    sendReply: 'Send the reply',
    resolve: 'Resolve',
    reopen: 'Reopen',
    resolved: 'Resolved',
    showResolved: 'Show resolved comments',
    by: (name: string, at: string) => `${name}, ${at}`,
    paragraph: (label: string) => `Paragraph ${label}`,
  },
  compare: {
    title: 'Compare versions',
    from: 'Older version',
    to: 'Newer version',
    show: 'Compare',
    version: (n: number, who: string, at: string) => `Version ${n} — ${who}, ${at}`,
    noChanges: 'The two versions have the same text.',
    unchanged: (n: number) => `${n} blocks unchanged.`,
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    onlyOne: 'There is only one version so far.',
  },
  exports: {
    title: 'Preview and download',
    preview: 'Preview',
    previewTitle: 'Preview of the draft as HTML',
    formats: {
      html: 'HTML',
      txt: 'Plain text',
      docx: 'Word (DOCX)',
      pdf: 'PDF',
      akn: 'Akoma Ntoso XML',
    } as Record<string, string>,
    download: (format: string) => `Download ${format}`,
    preparing: (format: string) => `Preparing ${format}…`,
    ready: (format: string) => `${format} is ready.`,
    problems: 'The draft has problems; the export is marked as not valid:',
  },
  review: {
    title: (label: string) => `Review: ${label}`,
    text: 'Text',
  },
} as const;

/** The label of a lifecycle event for a button, from its type and part (the catalog's wording). */
export function eventButtonLabel(type: string, part?: string): string {
  const partName = part === 'actionTaken' ? 'action taken' : part === 'deliberations' ? 'deliberations' : '';
  switch (type) {
    case 'markReady':
      return `Mark the ${partName} ready`;
    case 'reopen':
      return `Reopen the ${partName}`;
    case 'markNoActionTaken':
      return 'Mark that no action was taken';
    case 'submit':
      return 'Submit for review';
    case 'approve':
      return 'Approve';
    case 'return':
      return 'Return to drafting';
    case 'assignSymbol':
      return 'Assign the symbol';
    case 'recordChecks':
      return 'Run the issuance checks';
    case 'issue':
      return 'Issue the text';
    case 'withdraw':
      return 'Withdraw the draft';
    case 'openCorrigendum':
      return 'Open a corrigendum';
    case 'changeRoute':
      return 'Change the route';
    default:
      return type;
  }
}
