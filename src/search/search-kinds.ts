// What a search result can be. Each page in the index says its kind in its `kind` metadata, and the result list
// shows the kind's label, so a reader sees at once whether a result asks questions, rehearses or explains.
export const searchKinds = ['troubleshooter', 'practice', 'article'] as const;

export type SearchKind = (typeof searchKinds)[number];
