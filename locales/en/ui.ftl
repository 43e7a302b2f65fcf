# Convene's window, in English. Message ids are kebab-case and start with the screen or
# component they belong to. Variables are in { $braces }; plurals use Fluent selectors:
#   { $count -> [one] ... *[other] ... }
# docs/translating.md says how to add a language.

