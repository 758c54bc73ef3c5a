// Modules: import/export syntax, early errors, and the ParseModule records.
#include "parser_test_util.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace yjs;
using yjs::test::dump;
using yjs::test::parses;

namespace {

bool module_parses(const std::string& source) {
    return parses(source, true);
}

std::string describe(const Program* program, const ExportEntry& entry) {
    std::string out = entry.export_name ? utf16_to_utf8(*entry.export_name) : "null";
    out += " <- ";
    if (entry.module_request)
        out += "'" + utf16_to_utf8(program->requested_modules[*entry.module_request].specifier) + "' ";
    switch (entry.import_kind) {
    case ExportEntry::ImportKind::None:
        break;
    case ExportEntry::ImportKind::All:
        out += "all ";
        break;
    case ExportEntry::ImportKind::AllButDefault:
        out += "all-but-default ";
        break;
    case ExportEntry::ImportKind::Name:
        out += "import:" + utf16_to_utf8(entry.import_name) + " ";
        break;
    }
    out += "local:" + (entry.local_name ? utf16_to_utf8(*entry.local_name) : "null");
    return out;
}

std::vector<std::string> describe_all(const Program* program, const std::vector<ExportEntry>& entries) {
    std::vector<std::string> out;
    for (const auto& entry : entries)
        out.push_back(describe(program, entry));
    return out;
}

using Strings = std::vector<std::string>;

} // namespace

TEST(ParserModules, ImportForms) {
    EXPECT_EQ(
        dump("import a, * as b from 'm'; import { c, d as e, 'f g' as h } from 'n'; import 'o';", true),
        "(Program (ImportDeclaration \"m\" (ImportSpecifier default (Identifier a)) (ImportSpecifier * "
        "(Identifier b))) (ImportDeclaration \"n\" (ImportSpecifier c (Identifier c)) (ImportSpecifier d "
        "(Identifier e)) (ImportSpecifier f g (Identifier h))) (ImportDeclaration \"o\"))");
    EXPECT_TRUE(module_parses("import {} from 'm';"));
    EXPECT_TRUE(module_parses("import a, {b,} from 'm';"));
    EXPECT_TRUE(module_parses("import { default as x } from 'm';"));
    EXPECT_TRUE(module_parses("import x from 'm' with { type: 'json' };"));
    EXPECT_TRUE(module_parses("import x from 'm' with { 'type': 'json', if: 'x', };"));
    EXPECT_FALSE(module_parses("import x from 'm' with { type: 'json', type: 'css' };"));
    EXPECT_FALSE(module_parses("import x from 'm' with { type: json };"));
    EXPECT_FALSE(module_parses("import { 'a' } from 'm';"));
    EXPECT_FALSE(module_parses("import { if } from 'm';"));
    EXPECT_FALSE(module_parses("import { a as if } from 'm';"));
    EXPECT_FALSE(module_parses("import { '\\uD800' as a } from 'm';"));
    EXPECT_FALSE(module_parses("import a, b from 'm';"));
    EXPECT_FALSE(module_parses("import * from 'm';"));
    EXPECT_FALSE(module_parses("import a from 'm'; import a from 'n';"));
    EXPECT_FALSE(module_parses("import a from 'm'; let a;"));
    EXPECT_FALSE(module_parses("import a from 'm'; var a;"));
    EXPECT_FALSE(module_parses("import await from 'm';"));
    EXPECT_FALSE(module_parses("import eval from 'm';"));
    EXPECT_FALSE(module_parses("{ import a from 'm'; }"));
    EXPECT_FALSE(module_parses("function f() { import a from 'm'; }"));
    EXPECT_FALSE(parses("import a from 'm';"));
    EXPECT_TRUE(parses("import('m'); import.meta", true));
}

TEST(ParserModules, ExportForms) {
    EXPECT_TRUE(module_parses(
        "export var a, [b] = c, {d} = e; export let f; export const g = 1; export function h() {} "
        "export async function i() {} export function* j() {} export class K {}"));
    EXPECT_TRUE(module_parses("let a, b; export { a, b as c, a as 'd e', b as default };"));
    EXPECT_TRUE(module_parses("export { a, 'b' as c, d as 'e' } from 'm';"));
    EXPECT_TRUE(module_parses("export * from 'm'; export * as ns from 'n'; export * as 'str' from 'o';"));
    EXPECT_TRUE(module_parses("export default function () {}"));
    EXPECT_TRUE(module_parses("export default function* g() {}"));
    EXPECT_TRUE(module_parses("export default async function () {}"));
    EXPECT_TRUE(module_parses("export default class {}"));
    EXPECT_TRUE(module_parses("export default 1 + 2;"));
    EXPECT_TRUE(module_parses("export default (function () {});"));
    EXPECT_FALSE(module_parses("export default var a;"));
    EXPECT_FALSE(module_parses("export { a };")); // not declared
    EXPECT_FALSE(module_parses("let a; export { a }; export { a };"));
    EXPECT_FALSE(module_parses("export default 1; export default 2;"));
    EXPECT_FALSE(module_parses("let a; export { a as default }; export default 1;"));
    EXPECT_FALSE(module_parses("export var a; export let a;"));
    EXPECT_FALSE(module_parses("export { 'a' };")); // strings need `from`
    EXPECT_FALSE(module_parses("export { if };"));
    EXPECT_FALSE(module_parses("export { implements };"));
    EXPECT_TRUE(module_parses("export { if } from 'm';"));
    EXPECT_FALSE(module_parses("export * as ns from 'm'; export * as ns from 'n';"));
    EXPECT_FALSE(module_parses("export function f() {} export function f() {}"));
    EXPECT_FALSE(module_parses("if (1) export var a;"));
    EXPECT_FALSE(module_parses("export async\nfunction f() {}"));
    EXPECT_TRUE(module_parses("var a; export { a }; function b() {} export { b as c };"));
    EXPECT_TRUE(module_parses("export { x }; var x;")); // declared after the export
}

TEST(ParserModules, ModuleRecords) {
    auto result = test::parse_text("import d, { a as b } from 'm1'; import * as ns from 'm2';\n"
                                   "export { b as c, ns, d };\n"
                                   "export var v;\n"
                                   "export default function () {}\n"
                                   "export * from 'm3';\n"
                                   "export * as star from 'm4';\n"
                                   "export { x as y } from 'm1';\n"
                                   "import j from 'data' with { type: 'json' };",
                                   true);
    ASSERT_TRUE(result.ok()) << result.error->message;
    Program* program = result.program();
    ASSERT_EQ(program->requested_modules.size(), 5u);
    EXPECT_EQ(program->requested_modules[0].specifier, u"m1");
    EXPECT_EQ(program->requested_modules[4].specifier, u"data");
    ASSERT_EQ(program->requested_modules[4].attributes.size(), 1u);
    EXPECT_EQ(program->requested_modules[4].attributes[0].key, u"type");
    EXPECT_EQ(program->requested_modules[4].attributes[0].value, u"json");

    ASSERT_EQ(program->import_entries.size(), 4u);
    EXPECT_EQ(program->import_entries[0].import_name, u"default");
    EXPECT_EQ(program->import_entries[0].local_name, u"d");
    EXPECT_EQ(program->import_entries[1].import_name, u"a");
    EXPECT_EQ(program->import_entries[1].local_name, u"b");
    EXPECT_TRUE(program->import_entries[2].is_namespace);
    EXPECT_EQ(program->import_entries[2].module_request, 1u);

    EXPECT_EQ(describe_all(program, program->local_export_entries),
              (Strings{"ns <- local:ns", "v <- local:v", "default <- local:*default*"}));
    EXPECT_EQ(describe_all(program, program->indirect_export_entries),
              (Strings{"c <- 'm1' import:a local:null", "d <- 'm1' import:default local:null",
                       "star <- 'm4' all local:null", "y <- 'm1' import:x local:null"}));
    EXPECT_EQ(describe_all(program, program->star_export_entries),
              (Strings{"null <- 'm3' all-but-default local:null"}));
    EXPECT_FALSE(program->has_top_level_await);

    auto tla = test::parse_text("await 1;", true);
    ASSERT_TRUE(tla.ok());
    EXPECT_TRUE(tla.program()->has_top_level_await);
    auto nested = test::parse_text("async function f() { await 1; }", true);
    EXPECT_FALSE(nested.program()->has_top_level_await);
}

TEST(ParserModules, ModuleCodeIsStrict) {
    EXPECT_FALSE(module_parses("with (a) {}"));
    EXPECT_FALSE(module_parses("var let;"));
    EXPECT_FALSE(module_parses("010"));
    EXPECT_FALSE(module_parses("await: ;"));
    EXPECT_FALSE(module_parses("function f() { var await; }"));
    EXPECT_TRUE(module_parses("function f() { return this; }"));
    EXPECT_FALSE(module_parses("new.target"));
    EXPECT_FALSE(module_parses("return;"));
}

TEST(ParserModules, ImportPhases) {
    auto result = test::parse_text("import defer * as lazy from 'm';\n"
                                   "import source src from 'm';\n"
                                   "import 'm';\n"
                                   "import source from 'n';\n"
                                   "import defer from 'n';\n"
                                   "import source from from 'o';\n"
                                   "export { lazy, src };",
                                   true);
    ASSERT_TRUE(result.ok()) << result.error->message;
    Program* program = result.program();
    // Requests are deduplicated by specifier, attributes and phase.
    ASSERT_EQ(program->requested_modules.size(), 5u);
    EXPECT_EQ(program->requested_modules[0].phase, ImportPhase::Defer);
    EXPECT_EQ(program->requested_modules[1].phase, ImportPhase::Source);
    EXPECT_EQ(program->requested_modules[2].phase, ImportPhase::Evaluation);
    EXPECT_EQ(program->requested_modules[3].phase, ImportPhase::Evaluation); // `source` is a default import
    EXPECT_EQ(program->requested_modules[4].phase, ImportPhase::Source);     // binding `from`
    ASSERT_EQ(program->import_entries.size(), 5u);
    EXPECT_TRUE(program->import_entries[0].is_namespace);
    EXPECT_TRUE(program->import_entries[1].is_source);
    EXPECT_EQ(program->import_entries[2].local_name, u"source");
    EXPECT_EQ(program->import_entries[3].local_name, u"defer");
    EXPECT_EQ(program->import_entries[4].local_name, u"from");
    EXPECT_TRUE(program->import_entries[4].is_source);
    // Re-exporting a deferred namespace or a source binding exports the local binding.
    EXPECT_EQ(describe_all(program, program->local_export_entries),
              (Strings{"lazy <- local:lazy", "src <- local:src"}));

    EXPECT_FALSE(module_parses("import defer x from 'm';"));
    EXPECT_FALSE(module_parses("import defer { x } from 'm';"));
    EXPECT_FALSE(module_parses("import source * as x from 'm';"));
    EXPECT_FALSE(module_parses("import source x, { y } from 'm';"));
    EXPECT_FALSE(module_parses("import d\\u0065fer * as x from 'm';"));
    EXPECT_TRUE(parses("import.defer('m'); import.source('m', {}); import.defer('m', { with: {} },);"));
    EXPECT_FALSE(parses("import.defer();"));
    EXPECT_FALSE(parses("import.source(...a);"));
    EXPECT_FALSE(parses("new import.defer('m');"));
    EXPECT_FALSE(parses("typeof import.source;"));
    EXPECT_FALSE(parses("import.other('m');"));
}
