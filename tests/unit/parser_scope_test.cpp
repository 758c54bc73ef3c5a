// Scope annotations for the compiler: var names, lexical declarations, hoisted functions, Annex B,
// parameter facts and usage flags.
#include "parser_test_util.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace yjs;

namespace {

std::vector<std::string> names(const std::vector<std::u16string>& list) {
    std::vector<std::string> out;
    for (const auto& name : list)
        out.push_back(utf16_to_utf8(name));
    return out;
}

std::vector<std::string> lexical(const LexicalScope& scope) {
    static const char* const kinds[] = {"var",      "let",   "const", "class",
                                        "function", "param", "catch", "import"};
    std::vector<std::string> out;
    for (const auto& declaration : scope.lexical_declarations)
        out.push_back(std::string(kinds[static_cast<int>(declaration.kind)]) + " " +
                      utf16_to_utf8(declaration.name));
    return out;
}

std::vector<std::string> function_names(const std::vector<FunctionNode*>& functions) {
    std::vector<std::string> out;
    for (const FunctionNode* fn : functions)
        out.push_back(fn->id ? utf16_to_utf8(fn->id->name) : "<anonymous>");
    return out;
}

using Strings = std::vector<std::string>;

FunctionNode* first_function(Program* program) {
    Node* node = program->body.at(0);
    if (node->kind == NodeKind::ExpressionStatement) node = node->as<ExpressionStatement>()->expression;
    return node->as<FunctionNode>();
}

} // namespace

TEST(ParserScope, ProgramDeclarations) {
    auto result =
        test::parse_text("var a, b; let c; const d = 1; class E {} function f() {} { var g; let h; }"
                         " for (var i of x); function f() {}");
    ASSERT_TRUE(result.ok());
    Program* program = result.program();
    EXPECT_EQ(names(program->var_names), (Strings{"a", "b", "f", "g", "i"}));
    EXPECT_EQ(lexical(*program), (Strings{"let c", "const d", "class E"}));
    ASSERT_EQ(program->functions_to_initialize.size(), 1u);
    EXPECT_EQ(program->functions_to_initialize[0], program->body.back()); // the last `f` wins
    auto* block = program->body.at(5)->as<BlockStatement>();
    EXPECT_EQ(lexical(*block), (Strings{"let h"}));
    EXPECT_FALSE(program->is_strict);
}

TEST(ParserScope, FunctionDeclarations) {
    auto result = test::parse_text(
        "function outer(a, [b, c], {d}, e = 1, ...f) { var g; let h; function i() {} function j() {} "
        "{ function k() {} } if (x) { const l = 1; } }");
    ASSERT_TRUE(result.ok());
    FunctionNode* fn = first_function(result.program());
    EXPECT_EQ(names(fn->parameter_names), (Strings{"a", "b", "c", "d", "e", "f"}));
    EXPECT_FALSE(fn->has_simple_parameter_list);
    EXPECT_TRUE(fn->has_parameter_expressions);
    EXPECT_FALSE(fn->has_duplicate_parameters);
    EXPECT_EQ(fn->expected_argument_count, 3u); // up to the first default
    EXPECT_EQ(names(fn->var_names), (Strings{"g", "i", "j"}));
    EXPECT_EQ(lexical(*fn), (Strings{"let h"}));
    EXPECT_EQ(function_names(fn->functions_to_initialize), (Strings{"i", "j"}));
    EXPECT_EQ(names(fn->annex_b_function_names), (Strings{"k"}));
    EXPECT_FALSE(fn->is_strict);
    EXPECT_EQ(result.ast->source.substr(fn->source_start, fn->source_end - fn->source_start).substr(0, 15),
              u"function outer(");
    EXPECT_EQ(fn->source_end, result.ast->source.size());

    auto simple = test::parse_text("function f(a, b, a) { 'use strict' }");
    EXPECT_FALSE(simple.ok());
    simple = test::parse_text("function f(a, b, a) {}");
    ASSERT_TRUE(simple.ok());
    fn = first_function(simple.program());
    EXPECT_TRUE(fn->has_simple_parameter_list);
    EXPECT_TRUE(fn->has_duplicate_parameters);
    EXPECT_FALSE(fn->has_parameter_expressions);
    EXPECT_EQ(fn->expected_argument_count, 3u);
}

TEST(ParserScope, AnnexBFunctionHoisting) {
    // Hoisted: no conflicting lexical binding between the block and the function body.
    auto result = test::parse_text("function f() { { function g() {} } if (x) function h() {} }");
    ASSERT_TRUE(result.ok());
    FunctionNode* fn = first_function(result.program());
    EXPECT_EQ(names(fn->annex_b_function_names), (Strings{"g", "h"}));
    auto* inner = fn->body.at(0)->as<BlockStatement>()->body.at(0)->as<FunctionNode>();
    EXPECT_TRUE(inner->annex_b_var_binding);
    EXPECT_EQ(lexical(*fn->body.at(0)->as<BlockStatement>()), (Strings{"function g"}));

    // Not hoisted: a let of the same name in an enclosing scope, a parameter of that name, strict code,
    // generator declarations.
    result = test::parse_text("function f(p) { let g; { function g() {} } { function p() {} } "
                              "{ function* q() {} } }");
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(first_function(result.program())->annex_b_function_names.empty());
    result = test::parse_text("'use strict'; { function g() {} }");
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.program()->annex_b_function_names.empty());
    // The conflict may come later in the source.
    result = test::parse_text("{ function g() {} } let g;");
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.program()->annex_b_function_names.empty());
    // Catch parameters do not block hoisting.
    result = test::parse_text("try {} catch (g) { { function g() {} } }");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(names(result.program()->annex_b_function_names), (Strings{"g"}));
}

TEST(ParserScope, BlockLikeScopes) {
    auto result =
        test::parse_text("for (let i = 0, j;;) {} for (const k of x) {} switch (a) { case 1: let l; "
                         "class M {} function n() {} } try {} catch ([o, p]) { let q; }");
    ASSERT_TRUE(result.ok());
    Program* program = result.program();
    EXPECT_EQ(lexical(*program->body.at(0)->as<ForStatement>()), (Strings{"let i", "let j"}));
    EXPECT_EQ(lexical(*program->body.at(1)->as<ForInOfStatement>()), (Strings{"const k"}));
    EXPECT_EQ(lexical(*program->body.at(2)->as<SwitchStatement>()),
              (Strings{"let l", "class M", "function n"}));
    auto* handler = program->body.at(3)->as<TryStatement>()->handler;
    EXPECT_EQ(lexical(*handler), (Strings{"catch o", "catch p"}));
    EXPECT_EQ(lexical(*handler->body), (Strings{"let q"}));
    auto class_result = test::parse_text("(class C {})");
    auto* cls = class_result.program()->body.at(0)->as<ExpressionStatement>()->expression;
    EXPECT_EQ(lexical(*cls->as<ClassNode>()), (Strings{"class C"}));
}

TEST(ParserScope, UsageFlags) {
    auto result = test::parse_text("function f() { return () => () => this; }");
    ASSERT_TRUE(result.ok());
    FunctionNode* fn = first_function(result.program());
    EXPECT_TRUE(fn->uses_this);
    auto* arrow = fn->body.at(0)->as<ReturnStatement>()->argument->as<FunctionNode>();
    EXPECT_TRUE(arrow->uses_this);
    EXPECT_FALSE(result.program()->uses_this);

    result = test::parse_text("function f() { function g() { arguments; } }");
    fn = first_function(result.program());
    EXPECT_FALSE(fn->uses_arguments);
    EXPECT_TRUE(fn->body.at(0)->as<FunctionNode>()->uses_arguments);

    result = test::parse_text("function f(a = () => arguments) { eval('1'); with (a) {} }");
    fn = first_function(result.program());
    EXPECT_TRUE(fn->uses_arguments);
    EXPECT_TRUE(fn->has_direct_eval);
    EXPECT_TRUE(fn->contains_with);
    EXPECT_TRUE(fn->uses_this); // because of the direct eval

    result = test::parse_text("(x = this) => x");
    EXPECT_TRUE(first_function(result.program())->uses_this);
    EXPECT_TRUE(result.program()->uses_this);

    result = test::parse_text(
        "class A extends B { constructor() { (() => super())(); } m() { return super.m; } }");
    ASSERT_TRUE(result.ok());
    auto* cls = result.program()->body.at(0)->as<ClassNode>();
    EXPECT_TRUE(cls->constructor->uses_super_call);
    EXPECT_TRUE(cls->constructor->uses_this);
    EXPECT_TRUE(cls->constructor->is_derived_constructor);
    EXPECT_TRUE(cls->elements.at(0)->function->uses_super_property);
    EXPECT_FALSE(cls->elements.at(0)->function->uses_super_call);

    result = test::parse_text("function f() { new.target; ({ arguments: 1 }).arguments; }");
    fn = first_function(result.program());
    EXPECT_TRUE(fn->uses_new_target);
    EXPECT_FALSE(fn->uses_arguments); // property names are not references
    EXPECT_TRUE(result.program()->body.size() == 1);
}

TEST(ParserScope, StrictFlags) {
    auto result = test::parse_text("function f() { 'use strict'; return function g() {}; } function h() {}");
    ASSERT_TRUE(result.ok());
    FunctionNode* f = first_function(result.program());
    EXPECT_TRUE(f->is_strict);
    auto* g = f->body.at(1)->as<ReturnStatement>()->argument->as<FunctionNode>();
    EXPECT_TRUE(g->is_strict);
    EXPECT_FALSE(result.program()->body.at(1)->as<FunctionNode>()->is_strict);
    auto module = test::parse_text("function f() {}", true);
    EXPECT_TRUE(module.program()->is_strict);
    EXPECT_TRUE(first_function(module.program())->is_strict);
    auto cls = test::parse_text("class C { m() {} }");
    EXPECT_TRUE(cls.program()->body.at(0)->as<ClassNode>()->elements.at(0)->function->is_strict);
}

TEST(ParserScope, ModuleTopLevel) {
    auto result =
        test::parse_text("import a from 'x'; var v; function f() {} export default function () {}", true);
    ASSERT_TRUE(result.ok());
    Program* program = result.program();
    EXPECT_EQ(names(program->var_names), (Strings{"v"}));
    EXPECT_EQ(lexical(*program), (Strings{"import a", "function f", "function *default*"}));
    EXPECT_TRUE(program->functions_to_initialize.empty());
}

TEST(ParserScope, SourceRangesForToString) {
    auto text_of = [](const ParseResult& result, const FunctionNode* fn) {
        return utf16_to_utf8(result.ast->source.substr(fn->source_start, fn->source_end - fn->source_start));
    };
    auto result = test::parse_text("class F { static /* s */ get /* a */ f() {} async *g() {} }");
    ASSERT_TRUE(result.ok());
    auto* cls = result.program()->body.at(0)->as<ClassNode>();
    EXPECT_EQ(text_of(result, cls->elements.at(0)->function), "get /* a */ f() {}");
    EXPECT_EQ(text_of(result, cls->elements.at(1)->function), "async *g() {}");
    result = test::parse_text("x = { get a() {}, [b]() {}, async c() {} }; y = async (p) => p; z = q => {};");
    ASSERT_TRUE(result.ok());
    auto* object = result.program()
                       ->body.at(0)
                       ->as<ExpressionStatement>()
                       ->expression->as<AssignmentExpression>()
                       ->value;
    const auto& properties = object->as<ObjectExpression>()->properties;
    EXPECT_EQ(text_of(result, properties.at(0)->as<Property>()->value->as<FunctionNode>()), "get a() {}");
    EXPECT_EQ(text_of(result, properties.at(1)->as<Property>()->value->as<FunctionNode>()), "[b]() {}");
    EXPECT_EQ(text_of(result, properties.at(2)->as<Property>()->value->as<FunctionNode>()), "async c() {}");
    auto* async_arrow = result.program()
                            ->body.at(1)
                            ->as<ExpressionStatement>()
                            ->expression->as<AssignmentExpression>()
                            ->value;
    EXPECT_EQ(text_of(result, async_arrow->as<FunctionNode>()), "async (p) => p");
    auto* arrow = result.program()
                      ->body.at(2)
                      ->as<ExpressionStatement>()
                      ->expression->as<AssignmentExpression>()
                      ->value;
    EXPECT_EQ(text_of(result, arrow->as<FunctionNode>()), "q => {}");
    result = test::parse_text("/* x */ class /* a */ A extends B { constructor() {} } /* y */");
    ASSERT_TRUE(result.ok());
    cls = result.program()->body.at(0)->as<ClassNode>();
    EXPECT_EQ(
        utf16_to_utf8(result.ast->source.substr(cls->source_start, cls->source_end - cls->source_start)),
        "class /* a */ A extends B { constructor() {} }");
}
