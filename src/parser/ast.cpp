#include "parser/ast.h"

#include <algorithm>

namespace yjs {

namespace {
constexpr std::size_t kMinBlockSize = 64 * 1024;
}

AstArena::~AstArena() {
    for (auto it = nodes_.rbegin(); it != nodes_.rend(); ++it)
        (*it)->~Node();
}

void* AstArena::allocate(std::size_t size, std::size_t alignment) {
    std::size_t offset = (block_used_ + alignment - 1) & ~(alignment - 1);
    if (blocks_.empty() || offset + size > block_size_) {
        block_size_ = std::max(kMinBlockSize, size + alignment);
        blocks_.push_back(std::make_unique<std::byte[]>(block_size_));
        block_used_ = 0;
        offset = 0;
        auto base = reinterpret_cast<std::uintptr_t>(blocks_.back().get());
        std::size_t misalignment = base & (alignment - 1);
        if (misalignment) offset = alignment - misalignment;
    }
    block_used_ = offset + size;
    return blocks_.back().get() + offset;
}

const char* node_kind_name(NodeKind kind) {
    switch (kind) {
    case NodeKind::Program:
        return "Program";
    case NodeKind::VariableDeclaration:
        return "VariableDeclaration";
    case NodeKind::VariableDeclarator:
        return "VariableDeclarator";
    case NodeKind::FunctionDeclaration:
        return "FunctionDeclaration";
    case NodeKind::ClassDeclaration:
        return "ClassDeclaration";
    case NodeKind::ExpressionStatement:
        return "ExpressionStatement";
    case NodeKind::BlockStatement:
        return "BlockStatement";
    case NodeKind::EmptyStatement:
        return "EmptyStatement";
    case NodeKind::IfStatement:
        return "IfStatement";
    case NodeKind::ForStatement:
        return "ForStatement";
    case NodeKind::ForInStatement:
        return "ForInStatement";
    case NodeKind::ForOfStatement:
        return "ForOfStatement";
    case NodeKind::WhileStatement:
        return "WhileStatement";
    case NodeKind::DoWhileStatement:
        return "DoWhileStatement";
    case NodeKind::ContinueStatement:
        return "ContinueStatement";
    case NodeKind::BreakStatement:
        return "BreakStatement";
    case NodeKind::ReturnStatement:
        return "ReturnStatement";
    case NodeKind::WithStatement:
        return "WithStatement";
    case NodeKind::SwitchStatement:
        return "SwitchStatement";
    case NodeKind::SwitchCase:
        return "SwitchCase";
    case NodeKind::LabeledStatement:
        return "LabeledStatement";
    case NodeKind::ThrowStatement:
        return "ThrowStatement";
    case NodeKind::TryStatement:
        return "TryStatement";
    case NodeKind::CatchClause:
        return "CatchClause";
    case NodeKind::DebuggerStatement:
        return "DebuggerStatement";
    case NodeKind::ImportDeclaration:
        return "ImportDeclaration";
    case NodeKind::ImportSpecifier:
        return "ImportSpecifier";
    case NodeKind::ExportNamedDeclaration:
        return "ExportNamedDeclaration";
    case NodeKind::ExportSpecifier:
        return "ExportSpecifier";
    case NodeKind::ExportDefaultDeclaration:
        return "ExportDefaultDeclaration";
    case NodeKind::ExportAllDeclaration:
        return "ExportAllDeclaration";
    case NodeKind::Identifier:
        return "Identifier";
    case NodeKind::PrivateName:
        return "PrivateName";
    case NodeKind::NullLiteral:
        return "NullLiteral";
    case NodeKind::BooleanLiteral:
        return "BooleanLiteral";
    case NodeKind::NumericLiteral:
        return "NumericLiteral";
    case NodeKind::BigIntLiteral:
        return "BigIntLiteral";
    case NodeKind::StringLiteral:
        return "StringLiteral";
    case NodeKind::RegExpLiteral:
        return "RegExpLiteral";
    case NodeKind::TemplateLiteral:
        return "TemplateLiteral";
    case NodeKind::TaggedTemplate:
        return "TaggedTemplate";
    case NodeKind::ThisExpression:
        return "ThisExpression";
    case NodeKind::SuperCall:
        return "SuperCall";
    case NodeKind::SuperMember:
        return "SuperMember";
    case NodeKind::NewTarget:
        return "NewTarget";
    case NodeKind::ImportMeta:
        return "ImportMeta";
    case NodeKind::ImportCall:
        return "ImportCall";
    case NodeKind::ArrayExpression:
        return "ArrayExpression";
    case NodeKind::ObjectExpression:
        return "ObjectExpression";
    case NodeKind::Property:
        return "Property";
    case NodeKind::FunctionExpression:
        return "FunctionExpression";
    case NodeKind::ArrowFunction:
        return "ArrowFunction";
    case NodeKind::ClassExpression:
        return "ClassExpression";
    case NodeKind::ClassElement:
        return "ClassElement";
    case NodeKind::UnaryExpression:
        return "UnaryExpression";
    case NodeKind::UpdateExpression:
        return "UpdateExpression";
    case NodeKind::BinaryExpression:
        return "BinaryExpression";
    case NodeKind::LogicalExpression:
        return "LogicalExpression";
    case NodeKind::AssignmentExpression:
        return "AssignmentExpression";
    case NodeKind::ConditionalExpression:
        return "ConditionalExpression";
    case NodeKind::CallExpression:
        return "CallExpression";
    case NodeKind::NewExpression:
        return "NewExpression";
    case NodeKind::MemberExpression:
        return "MemberExpression";
    case NodeKind::OptionalChain:
        return "OptionalChain";
    case NodeKind::SequenceExpression:
        return "SequenceExpression";
    case NodeKind::YieldExpression:
        return "YieldExpression";
    case NodeKind::AwaitExpression:
        return "AwaitExpression";
    case NodeKind::SpreadElement:
        return "SpreadElement";
    case NodeKind::MethodFunction:
        return "MethodFunction";
    case NodeKind::ClassFieldInitializer:
        return "ClassFieldInitializer";
    case NodeKind::ClassStaticBlock:
        return "ClassStaticBlock";
    case NodeKind::ArrayPattern:
        return "ArrayPattern";
    case NodeKind::ObjectPattern:
        return "ObjectPattern";
    case NodeKind::AssignmentPattern:
        return "AssignmentPattern";
    case NodeKind::RestElement:
        return "RestElement";
    }
    return "?";
}

const char* unary_op_name(UnaryOp op) {
    switch (op) {
    case UnaryOp::Minus:
        return "-";
    case UnaryOp::Plus:
        return "+";
    case UnaryOp::Not:
        return "!";
    case UnaryOp::BitNot:
        return "~";
    case UnaryOp::Typeof:
        return "typeof";
    case UnaryOp::Void:
        return "void";
    case UnaryOp::Delete:
        return "delete";
    }
    return "?";
}

const char* binary_op_name(BinaryOp op) {
    switch (op) {
    case BinaryOp::Add:
        return "+";
    case BinaryOp::Sub:
        return "-";
    case BinaryOp::Mul:
        return "*";
    case BinaryOp::Div:
        return "/";
    case BinaryOp::Mod:
        return "%";
    case BinaryOp::Exp:
        return "**";
    case BinaryOp::LeftShift:
        return "<<";
    case BinaryOp::SignedRightShift:
        return ">>";
    case BinaryOp::UnsignedRightShift:
        return ">>>";
    case BinaryOp::BitAnd:
        return "&";
    case BinaryOp::BitOr:
        return "|";
    case BinaryOp::BitXor:
        return "^";
    case BinaryOp::Equal:
        return "==";
    case BinaryOp::NotEqual:
        return "!=";
    case BinaryOp::StrictEqual:
        return "===";
    case BinaryOp::StrictNotEqual:
        return "!==";
    case BinaryOp::Less:
        return "<";
    case BinaryOp::Greater:
        return ">";
    case BinaryOp::LessEqual:
        return "<=";
    case BinaryOp::GreaterEqual:
        return ">=";
    case BinaryOp::InstanceOf:
        return "instanceof";
    case BinaryOp::In:
        return "in";
    }
    return "?";
}

const char* logical_op_name(LogicalOp op) {
    switch (op) {
    case LogicalOp::And:
        return "&&";
    case LogicalOp::Or:
        return "||";
    case LogicalOp::Coalesce:
        return "??";
    }
    return "?";
}

const char* assign_op_name(AssignOp op) {
    switch (op) {
    case AssignOp::Assign:
        return "=";
    case AssignOp::Add:
        return "+=";
    case AssignOp::Sub:
        return "-=";
    case AssignOp::Mul:
        return "*=";
    case AssignOp::Div:
        return "/=";
    case AssignOp::Mod:
        return "%=";
    case AssignOp::Exp:
        return "**=";
    case AssignOp::LeftShift:
        return "<<=";
    case AssignOp::SignedRightShift:
        return ">>=";
    case AssignOp::UnsignedRightShift:
        return ">>>=";
    case AssignOp::BitAnd:
        return "&=";
    case AssignOp::BitOr:
        return "|=";
    case AssignOp::BitXor:
        return "^=";
    case AssignOp::And:
        return "&&=";
    case AssignOp::Or:
        return "||=";
    case AssignOp::Coalesce:
        return "?\?=";
    }
    return "?";
}

} // namespace yjs
