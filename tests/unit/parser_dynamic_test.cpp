// Eval code options and CreateDynamicFunction parsing.
#include "parser_test_util.h"

#include <gtest/gtest.h>

using namespace yjs;

namespace {

ParseResult eval_parse(const std::u16string& source, ParseOptions options) {
    options.is_eval = true;
    return parse_program(source, options);
}

bool dynamic_ok(const std::u16string& params, const std::u16string& body,
                DynamicFunctionKind kind = DynamicFunctionKind::Normal) {
    return parse_dynamic_function(params, body, kind, {}).ok();
}

} // namespace

TEST(ParserEval, ContextOptions) {
    ParseOptions options;
    EXPECT_FALSE(eval_parse(u"new.target", options).ok());
    EXPECT_FALSE(eval_parse(u"super.x", options).ok());
    EXPECT_FALSE(eval_parse(u"return 1", options).ok());
    options.in_function = true;
    EXPECT_TRUE(eval_parse(u"new.target", options).ok());
    EXPECT_TRUE(eval_parse(u"() => new.target", options).ok());
    EXPECT_FALSE(eval_parse(u"super.x", options).ok());
    options.allow_super_property = true;
    EXPECT_TRUE(eval_parse(u"super.x", options).ok());
    EXPECT_FALSE(eval_parse(u"super()", options).ok());
    options.allow_super_call = true;
    EXPECT_TRUE(eval_parse(u"super()", options).ok());
    EXPECT_TRUE(eval_parse(u"arguments", options).ok());
    options.in_class_field_initializer = true;
    EXPECT_FALSE(eval_parse(u"arguments", options).ok());
    EXPECT_FALSE(eval_parse(u"() => arguments", options).ok());
    EXPECT_TRUE(eval_parse(u"(function () { arguments })", options).ok());
}

TEST(ParserEval, StrictCallerAndPrivateNames) {
    ParseOptions options;
    options.strict = true;
    auto result = eval_parse(u"var x = 1;", options);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.program()->is_strict);
    EXPECT_FALSE(eval_parse(u"with (a) {}", options).ok());
    EXPECT_FALSE(eval_parse(u"this.#x", options).ok());
    options.private_names = {u"#x"};
    EXPECT_TRUE(eval_parse(u"this.#x; #x in this", options).ok());
    EXPECT_FALSE(eval_parse(u"this.#y", options).ok());
    EXPECT_TRUE(eval_parse(u"(class { #y; m() { this.#y; this.#x; } })", options).ok());
}

TEST(ParserEval, EvalDeclarations) {
    ParseOptions options;
    auto result = eval_parse(u"var a; function f() {} { function g() {} } let b;", options);
    ASSERT_TRUE(result.ok());
    Program* program = result.program();
    ASSERT_EQ(program->var_names.size(), 2u);
    EXPECT_EQ(program->var_names[0], u"a");
    EXPECT_EQ(program->var_names[1], u"f");
    ASSERT_EQ(program->functions_to_initialize.size(), 1u);
    ASSERT_EQ(program->annex_b_function_names.size(), 1u);
    EXPECT_EQ(program->annex_b_function_names[0], u"g");
    ASSERT_EQ(program->lexical_declarations.size(), 1u);
    EXPECT_TRUE(eval_parse(u"#!shebang\n1", options).ok());
}

TEST(ParserDynamicFunction, Basic) {
    auto result = parse_dynamic_function(u"a, b", u"return a + b", DynamicFunctionKind::Normal, {});
    ASSERT_TRUE(result.ok()) << result.error->message;
    FunctionNode* fn = dynamic_function(result);
    ASSERT_NE(fn, nullptr);
    EXPECT_EQ(fn->kind, NodeKind::FunctionExpression);
    EXPECT_EQ(fn->id, nullptr); // "anonymous" is not bound
    EXPECT_EQ(fn->parameter_names.size(), 2u);
    EXPECT_EQ(result.ast->source, u"function anonymous(a, b\n) {\nreturn a + b\n}");
    EXPECT_EQ(result.ast->source.substr(fn->source_start, fn->source_end - fn->source_start),
              result.ast->source);
}

TEST(ParserDynamicFunction, Kinds) {
    auto generator = parse_dynamic_function(u"", u"yield 1", DynamicFunctionKind::Generator, {});
    ASSERT_TRUE(generator.ok());
    EXPECT_TRUE(dynamic_function(generator)->is_generator);
    EXPECT_EQ(generator.ast->source.substr(0, 19), u"function* anonymous");
    auto async = parse_dynamic_function(u"x", u"await x", DynamicFunctionKind::Async, {});
    ASSERT_TRUE(async.ok());
    EXPECT_TRUE(dynamic_function(async)->is_async);
    auto async_generator =
        parse_dynamic_function(u"", u"yield await 1", DynamicFunctionKind::AsyncGenerator, {});
    ASSERT_TRUE(async_generator.ok());
    EXPECT_TRUE(dynamic_function(async_generator)->is_async);
    EXPECT_TRUE(dynamic_function(async_generator)->is_generator);
    EXPECT_FALSE(dynamic_ok(u"", u"yield 1")); // not a generator: `yield 1` is two identifiers... an error
    EXPECT_TRUE(dynamic_ok(u"", u"yield"));
    EXPECT_FALSE(dynamic_ok(u"a = yield", u"", DynamicFunctionKind::Generator));
    EXPECT_FALSE(dynamic_ok(u"a = await 1", u"", DynamicFunctionKind::Async));
}

TEST(ParserDynamicFunction, PiecesAreCheckedSeparately) {
    EXPECT_FALSE(dynamic_ok(u"/*", u"*/){"));
    EXPECT_FALSE(dynamic_ok(u"a){", u""));
    EXPECT_FALSE(dynamic_ok(u"", u"}); (function(){"));
    EXPECT_FALSE(dynamic_ok(u"a = 1", u"'use strict'"));
    EXPECT_FALSE(dynamic_ok(u"a, a", u"'use strict'"));
    EXPECT_TRUE(dynamic_ok(u"a, a", u""));
    EXPECT_FALSE(dynamic_ok(u"", u"super.x"));
    EXPECT_FALSE(dynamic_ok(u"", u"super()"));
    EXPECT_TRUE(dynamic_ok(u"", u"return new.target"));
    EXPECT_TRUE(dynamic_ok(u"a // comment", u"return a // comment"));
    EXPECT_FALSE(dynamic_ok(u"", u"#!x\n"));
    EXPECT_TRUE(dynamic_ok(u"a,\nb", u"return a"));
}
