// Classes: elements, constructors, fields, static blocks, private names and their early errors.
#include "parser_test_util.h"

#include <gtest/gtest.h>

using namespace yjs;
using yjs::test::dump;
using yjs::test::parses;

TEST(ParserClasses, Elements) {
    EXPECT_EQ(
        dump("class A extends B { constructor(x) { super(x); } m() {} static s() {} get g() {} set g(v) {} "
             "*gen() {} async am() {} async *ag() {} [k]() {} 'str'() {} 1() {} #p() {} f = 1; static sf; "
             "#pf = 2; static { this.x = 1; } }"),
        "(Program (ClassDeclaration (Identifier A) (Identifier B) (MethodFunction derived-constructor "
        "(Identifier x) (ExpressionStatement (SuperCall (Identifier x)))) (ClassElement method (Identifier "
        "m) "
        "(MethodFunction)) (ClassElement method static (Identifier s) (MethodFunction)) (ClassElement get "
        "(Identifier g) (MethodFunction get)) (ClassElement set (Identifier g) (MethodFunction set "
        "(Identifier v))) (ClassElement method (Identifier gen) (MethodFunction generator)) (ClassElement "
        "method (Identifier am) (MethodFunction async)) (ClassElement method (Identifier ag) (MethodFunction "
        "async generator)) (ClassElement method computed (Identifier k) (MethodFunction)) (ClassElement "
        "method (StringLiteral \"str\") (MethodFunction)) (ClassElement method (NumericLiteral 1) "
        "(MethodFunction)) (ClassElement method (PrivateName #p) (MethodFunction)) (ClassElement field "
        "(Identifier f) (ClassFieldInitializer (ReturnStatement (NumericLiteral 1)))) (ClassElement field "
        "static (Identifier sf)) (ClassElement field (PrivateName #pf) (ClassFieldInitializer "
        "(ReturnStatement (NumericLiteral 2)))) (ClassElement static-block static (ClassStaticBlock "
        "(ExpressionStatement (AssignmentExpression = (MemberExpression (ThisExpression) (Identifier x)) "
        "(NumericLiteral 1)))))))");
    // Contextual keywords as element names.
    EXPECT_TRUE(parses("class A { static; get; set; async; static static() {} get get() {} set set(v) {} "
                       "async async() {} static async *static() {} 'constructor'() {} }"));
    EXPECT_TRUE(parses("class A { get\na() {} static\nb() {} }"));
    EXPECT_EQ(
        dump("class A { async\nm() {} }"),
        "(Program (ClassDeclaration (Identifier A) (ClassElement field (Identifier async)) (ClassElement "
        "method (Identifier m) (MethodFunction))))");
    EXPECT_TRUE(parses("class A { x\ny }"));
    EXPECT_FALSE(parses("class A { x y }"));
    EXPECT_TRUE(parses("class A { ; ; }"));
}

TEST(ParserClasses, ConstructorRules) {
    EXPECT_FALSE(parses("class A { constructor() {} constructor() {} }"));
    EXPECT_FALSE(parses("class A { constructor() {} 'constructor'() {} }"));
    EXPECT_TRUE(parses("class A { constructor() {} static constructor() {} ['constructor']() {} }"));
    EXPECT_FALSE(parses("class A { get constructor() {} }"));
    EXPECT_FALSE(parses("class A { *constructor() {} }"));
    EXPECT_FALSE(parses("class A { async constructor() {} }"));
    EXPECT_FALSE(parses("class A { constructor = 1 }"));
    EXPECT_FALSE(parses("class A { 'constructor'; }"));
    EXPECT_FALSE(parses("class A { static prototype() {} }"));
    EXPECT_FALSE(parses("class A { static prototype = 1 }"));
    EXPECT_FALSE(parses("class A { static 'prototype'; }"));
    EXPECT_TRUE(parses("class A { prototype() {} static ['prototype']() {} }"));
    EXPECT_FALSE(parses("class A { #constructor() {} }"));
    EXPECT_FALSE(parses("class A { constructor() { super(); } }"));
    EXPECT_TRUE(parses("class A extends B { constructor() { super(); () => super(); } }"));
    EXPECT_FALSE(parses("class A extends B { m() { super(); } }"));
    EXPECT_FALSE(parses("class A extends B { constructor() { function f() { super(); } } }"));
    EXPECT_FALSE(parses("class A extends B { x = super(); }"));
    EXPECT_TRUE(parses("class A extends B { x = super.y; static { super.z; } }"));
    auto result = test::parse_text("class A { constructor() {} }");
    ASSERT_TRUE(result.ok());
    auto* cls = result.program()->body.at(0)->as<ClassNode>();
    ASSERT_NE(cls->constructor, nullptr);
    EXPECT_TRUE(cls->constructor->is_class_constructor);
    EXPECT_FALSE(cls->constructor->is_derived_constructor);
    EXPECT_EQ(cls->constructor->home_class, cls);
    // The constructor's source text is the whole class.
    EXPECT_EQ(cls->constructor->source_start, 0u);
    EXPECT_EQ(cls->constructor->source_end, result.ast->source.size());
}

TEST(ParserClasses, StrictAndNames) {
    EXPECT_FALSE(parses("class A { m() { with (a) {} } }"));
    EXPECT_FALSE(parses("class A extends (function () { with (a) {} }) {}"));
    EXPECT_FALSE(parses("class let {}"));
    EXPECT_FALSE(parses("class yield {}"));
    EXPECT_FALSE(parses("class eval {}"));
    EXPECT_TRUE(parses("class await {}"));
    EXPECT_FALSE(parses("class await {}", true));
    EXPECT_FALSE(parses("class {}"));
    EXPECT_TRUE(parses("(class {})"));
    EXPECT_TRUE(parses("class A extends B.c(d) {}"));
    EXPECT_FALSE(parses("class A extends a => b {}"));
    EXPECT_FALSE(parses("class A extends B, C {}"));
    EXPECT_FALSE(parses("class A { m(a, a) {} }"));
}

TEST(ParserClasses, FieldsAndStaticBlocks) {
    EXPECT_FALSE(parses("class A { x = arguments; }"));
    EXPECT_FALSE(parses("class A { x = () => arguments; }"));
    EXPECT_TRUE(parses("class A { x = function () { arguments; }; }"));
    EXPECT_FALSE(parses("class A { static { arguments; } }"));
    EXPECT_FALSE(parses("class A { static { return; } }"));
    EXPECT_FALSE(parses("class A { static { await; } }"));
    EXPECT_FALSE(parses("class A { static { var await; } }"));
    EXPECT_TRUE(parses("class A { static { () => { var await; }; } }"));
    EXPECT_TRUE(parses("class A { static { var x; let y; function z() {} } }"));
    EXPECT_FALSE(parses("class A { static { let y; var y; } }"));
    EXPECT_FALSE(parses("while (1) { class A { static { break; } } }"));
    EXPECT_TRUE(parses("class A { x = new.target; static y = this; }"));
    EXPECT_FALSE(parses("function* g() { class A { x = yield; } }"));
    EXPECT_FALSE(parses("async function f() { class A { x = await 1; } }"));
    EXPECT_TRUE(parses("async function f() { class A { [await 1] = 2; } }"));
    auto result = test::parse_text("class A { static x = 1; static { var v; } }");
    ASSERT_TRUE(result.ok());
    auto* cls = result.program()->body.at(0)->as<ClassNode>();
    FunctionNode* initializer = cls->elements.at(0)->function;
    EXPECT_EQ(initializer->kind, NodeKind::ClassFieldInitializer);
    EXPECT_TRUE(initializer->is_static);
    EXPECT_TRUE(initializer->is_concise_body);
    FunctionNode* block = cls->elements.at(1)->function;
    EXPECT_EQ(block->kind, NodeKind::ClassStaticBlock);
    ASSERT_EQ(block->var_names.size(), 1u);
    EXPECT_EQ(block->var_names[0], u"v");
}

TEST(ParserClasses, PrivateNames) {
    EXPECT_TRUE(parses("class A { #x; m() { this.#x; this?.#x; } }"));
    EXPECT_TRUE(parses("class A { m() { this.#x; } #x; }")); // used before its declaration
    EXPECT_TRUE(parses("class A { #x; m() { class B { n() { this.#x; } } } }"));
    EXPECT_FALSE(parses("class A { m() { this.#x; } }"));
    EXPECT_FALSE(parses("this.#x"));
    EXPECT_FALSE(parses("class A { #x; #x; }"));
    EXPECT_FALSE(parses("class A { #x; #x() {} }"));
    EXPECT_TRUE(parses("class A { get #x() {} set #x(v) {} }"));
    EXPECT_FALSE(parses("class A { get #x() {} get #x() {} }"));
    EXPECT_FALSE(parses("class A { static get #x() {} set #x(v) {} }"));
    EXPECT_FALSE(parses("class A { #x; m() { delete this.#x; } }"));
    EXPECT_FALSE(parses("class A { #x; m() { delete this?.#x; } }"));
    EXPECT_FALSE(parses("class A { #x; m() { super.#x; } }"));
    EXPECT_FALSE(parses("class A { # x; }"));
    auto result = test::parse_text("class A { #a; get #b() {} set #b(v) {} static #c() {} }");
    ASSERT_TRUE(result.ok());
    const auto& declared = result.program()->body.at(0)->as<ClassNode>()->private_names;
    ASSERT_EQ(declared.size(), 3u);
    EXPECT_EQ(declared[0].name, u"#a");
    EXPECT_EQ(declared[0].kind, PrivateNameKind::Field);
    EXPECT_EQ(declared[1].kind, PrivateNameKind::Accessor);
    EXPECT_EQ(declared[2].kind, PrivateNameKind::Method);
    EXPECT_TRUE(declared[2].is_static);
}
