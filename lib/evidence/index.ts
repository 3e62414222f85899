// Placeholder: replaced by the issue that builds this module.
export {};
