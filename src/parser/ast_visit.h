#pragma once
// Generic traversal helper: calls `visit(child)` for every direct child node of `node`, in source order.
// Non-node data (names, operators) is not visited; nullptr children (holes, absent parts) are skipped.
// Identifiers used as plain names (non-computed keys, member names) are visited like any other child;
// callers that care check the parent.
#include "parser/ast.h"

namespace yjs {

template <typename Visit> void for_each_child(Node* node, Visit&& visit) {
    auto v = [&](Node* child) {
        if (child) visit(child);
    };
    auto all = [&](auto& list) {
        for (auto* child : list)
            v(child);
    };
    switch (node->kind) {
    case NodeKind::Program:
        all(node->as<Program>()->body);
        break;
    case NodeKind::VariableDeclaration:
        all(node->as<VariableDeclaration>()->declarations);
        break;
    case NodeKind::VariableDeclarator:
        v(node->as<VariableDeclarator>()->target);
        v(node->as<VariableDeclarator>()->init);
        break;
    case NodeKind::FunctionDeclaration:
    case NodeKind::FunctionExpression:
    case NodeKind::ArrowFunction:
    case NodeKind::MethodFunction:
    case NodeKind::ClassFieldInitializer:
    case NodeKind::ClassStaticBlock: {
        auto* fn = node->as<FunctionNode>();
        v(fn->id);
        all(fn->params);
        all(fn->body);
        break;
    }
    case NodeKind::ClassDeclaration:
    case NodeKind::ClassExpression: {
        auto* cls = node->as<ClassNode>();
        v(cls->id);
        v(cls->super_class);
        // The constructor is visited at its source position among the elements.
        std::size_t i = 0;
        bool constructor_done = cls->constructor == nullptr;
        for (; i < cls->elements.size(); ++i) {
            if (!constructor_done && cls->constructor->start < cls->elements[i]->start) {
                v(cls->constructor);
                constructor_done = true;
            }
            v(cls->elements[i]);
        }
        if (!constructor_done) v(cls->constructor);
        break;
    }
    case NodeKind::ClassElement:
        v(node->as<ClassElement>()->key);
        v(node->as<ClassElement>()->function);
        break;
    case NodeKind::ExpressionStatement:
        v(node->as<ExpressionStatement>()->expression);
        break;
    case NodeKind::BlockStatement:
        all(node->as<BlockStatement>()->body);
        break;
    case NodeKind::EmptyStatement:
    case NodeKind::DebuggerStatement:
    case NodeKind::ContinueStatement:
    case NodeKind::BreakStatement:
    case NodeKind::Identifier:
    case NodeKind::PrivateName:
    case NodeKind::NullLiteral:
    case NodeKind::BooleanLiteral:
    case NodeKind::NumericLiteral:
    case NodeKind::BigIntLiteral:
    case NodeKind::StringLiteral:
    case NodeKind::RegExpLiteral:
    case NodeKind::ThisExpression:
    case NodeKind::NewTarget:
    case NodeKind::ImportMeta:
    case NodeKind::ExportSpecifier:
    case NodeKind::ExportAllDeclaration:
        break;
    case NodeKind::IfStatement:
        v(node->as<IfStatement>()->test);
        v(node->as<IfStatement>()->consequent);
        v(node->as<IfStatement>()->alternate);
        break;
    case NodeKind::ForStatement:
        v(node->as<ForStatement>()->init);
        v(node->as<ForStatement>()->test);
        v(node->as<ForStatement>()->update);
        v(node->as<ForStatement>()->body);
        break;
    case NodeKind::ForInStatement:
    case NodeKind::ForOfStatement:
        v(node->as<ForInOfStatement>()->left);
        v(node->as<ForInOfStatement>()->right);
        v(node->as<ForInOfStatement>()->body);
        break;
    case NodeKind::WhileStatement:
        v(node->as<WhileStatement>()->test);
        v(node->as<WhileStatement>()->body);
        break;
    case NodeKind::DoWhileStatement:
        v(node->as<DoWhileStatement>()->body);
        v(node->as<DoWhileStatement>()->test);
        break;
    case NodeKind::ReturnStatement:
        v(node->as<ReturnStatement>()->argument);
        break;
    case NodeKind::WithStatement:
        v(node->as<WithStatement>()->object);
        v(node->as<WithStatement>()->body);
        break;
    case NodeKind::SwitchStatement:
        v(node->as<SwitchStatement>()->discriminant);
        all(node->as<SwitchStatement>()->cases);
        break;
    case NodeKind::SwitchCase:
        v(node->as<SwitchCase>()->test);
        all(node->as<SwitchCase>()->consequent);
        break;
    case NodeKind::LabeledStatement:
        v(node->as<LabeledStatement>()->body);
        break;
    case NodeKind::ThrowStatement:
        v(node->as<ThrowStatement>()->argument);
        break;
    case NodeKind::TryStatement:
        v(node->as<TryStatement>()->block);
        v(node->as<TryStatement>()->handler);
        v(node->as<TryStatement>()->finalizer);
        break;
    case NodeKind::CatchClause:
        v(node->as<CatchClause>()->param);
        v(node->as<CatchClause>()->body);
        break;
    case NodeKind::ImportDeclaration:
        all(node->as<ImportDeclaration>()->specifiers);
        break;
    case NodeKind::ImportSpecifier:
        v(node->as<ImportSpecifier>()->local);
        break;
    case NodeKind::ExportNamedDeclaration:
        v(node->as<ExportNamedDeclaration>()->declaration);
        all(node->as<ExportNamedDeclaration>()->specifiers);
        break;
    case NodeKind::ExportDefaultDeclaration:
        v(node->as<ExportDefaultDeclaration>()->declaration);
        break;
    case NodeKind::TemplateLiteral:
        all(node->as<TemplateLiteral>()->expressions);
        break;
    case NodeKind::TaggedTemplate:
        v(node->as<TaggedTemplate>()->tag);
        v(node->as<TaggedTemplate>()->quasi);
        break;
    case NodeKind::SuperCall:
        all(node->as<SuperCall>()->arguments);
        break;
    case NodeKind::SuperMember:
        v(node->as<SuperMember>()->property);
        break;
    case NodeKind::ImportCall:
        v(node->as<ImportCall>()->source);
        v(node->as<ImportCall>()->options);
        break;
    case NodeKind::ArrayExpression:
        all(node->as<ArrayExpression>()->elements);
        break;
    case NodeKind::ObjectExpression:
        all(node->as<ObjectExpression>()->properties);
        break;
    case NodeKind::Property:
        v(node->as<Property>()->key);
        v(node->as<Property>()->value);
        break;
    case NodeKind::AssignmentPattern:
        v(node->as<AssignmentPattern>()->target);
        v(node->as<AssignmentPattern>()->default_value);
        break;
    case NodeKind::UnaryExpression:
        v(node->as<UnaryExpression>()->argument);
        break;
    case NodeKind::UpdateExpression:
        v(node->as<UpdateExpression>()->argument);
        break;
    case NodeKind::BinaryExpression:
        v(node->as<BinaryExpression>()->left);
        v(node->as<BinaryExpression>()->right);
        break;
    case NodeKind::LogicalExpression:
        v(node->as<LogicalExpression>()->left);
        v(node->as<LogicalExpression>()->right);
        break;
    case NodeKind::AssignmentExpression:
        v(node->as<AssignmentExpression>()->target);
        v(node->as<AssignmentExpression>()->value);
        break;
    case NodeKind::ConditionalExpression:
        v(node->as<ConditionalExpression>()->test);
        v(node->as<ConditionalExpression>()->consequent);
        v(node->as<ConditionalExpression>()->alternate);
        break;
    case NodeKind::CallExpression:
        v(node->as<CallExpression>()->callee);
        all(node->as<CallExpression>()->arguments);
        break;
    case NodeKind::NewExpression:
        v(node->as<NewExpression>()->callee);
        all(node->as<NewExpression>()->arguments);
        break;
    case NodeKind::MemberExpression:
        v(node->as<MemberExpression>()->object);
        v(node->as<MemberExpression>()->property);
        break;
    case NodeKind::OptionalChain:
        v(node->as<OptionalChain>()->expression);
        break;
    case NodeKind::SequenceExpression:
        all(node->as<SequenceExpression>()->expressions);
        break;
    case NodeKind::YieldExpression:
        v(node->as<YieldExpression>()->argument);
        break;
    case NodeKind::AwaitExpression:
        v(node->as<AwaitExpression>()->argument);
        break;
    case NodeKind::SpreadElement:
        v(node->as<SpreadElement>()->argument);
        break;
    case NodeKind::ArrayPattern:
        all(node->as<ArrayPattern>()->elements);
        break;
    case NodeKind::ObjectPattern:
        all(node->as<ObjectPattern>()->properties);
        break;
    case NodeKind::RestElement:
        v(node->as<RestElement>()->target);
        break;
    }
}

} // namespace yjs
