// The version of the tagger's and parser's features. Bump it whenever they change: the model file records it (an
// old file is refused rather than misread) and is named after it, as is the model.
export const PARSER_FEATURE_VERSION = 2;
