#include "parser/annotate.h"

#include "parser/ast_visit.h"

#include <vector>

namespace yjs {

namespace {

enum class Usage { This, Arguments, DirectEval, SuperProperty, SuperCall, NewTarget };

class Annotator {
public:
    explicit Annotator(Program* program) : program_(program) {}

    void visit(Node* node) {
        switch (node->kind) {
        case NodeKind::ThisExpression:
            mark(Usage::This);
            return;
        case NodeKind::NewTarget:
            mark(Usage::NewTarget);
            return;
        case NodeKind::SuperMember: {
            mark(Usage::SuperProperty);
            mark(Usage::This);
            auto* member = node->as<SuperMember>();
            if (member->computed) visit(member->property);
            return;
        }
        case NodeKind::SuperCall:
            mark(Usage::SuperCall);
            mark(Usage::This);
            break;
        case NodeKind::Identifier:
            if (node->as<Identifier>()->name == u"arguments") mark(Usage::Arguments);
            return;
        case NodeKind::CallExpression:
            if (node->as<CallExpression>()->is_direct_eval) {
                // Eval code may refer to this, arguments and new.target of the calling function.
                mark(Usage::DirectEval);
                mark(Usage::This);
                mark(Usage::Arguments);
                mark(Usage::NewTarget);
            }
            break;
        case NodeKind::WithStatement:
            if (functions_.empty())
                program_->contains_with = true;
            else
                functions_.back()->contains_with = true;
            break;
        case NodeKind::MemberExpression: {
            auto* member = node->as<MemberExpression>();
            visit(member->object);
            if (member->computed) visit(member->property);
            return;
        }
        case NodeKind::Property: {
            auto* property = node->as<Property>();
            if (property->computed) visit(property->key);
            visit(property->value);
            return;
        }
        case NodeKind::ClassElement: {
            auto* element = node->as<ClassElement>();
            if (element->computed) visit(element->key);
            if (element->function) visit(element->function);
            return;
        }
        default:
            if (is_function_node(node->kind)) {
                auto* fn = node->as<FunctionNode>();
                functions_.push_back(fn);
                for (Node* param : fn->params)
                    visit(param);
                for (Node* statement : fn->body)
                    visit(statement);
                functions_.pop_back();
                return;
            }
            break;
        }
        for_each_child(node, [this](Node* child) { visit(child); });
    }

private:
    static void set(FunctionNode* fn, Usage usage) {
        switch (usage) {
        case Usage::This:
            fn->uses_this = true;
            break;
        case Usage::Arguments:
            fn->uses_arguments = true;
            break;
        case Usage::DirectEval:
            fn->has_direct_eval = true;
            break;
        case Usage::SuperProperty:
            fn->uses_super_property = true;
            break;
        case Usage::SuperCall:
            fn->uses_super_call = true;
            break;
        case Usage::NewTarget:
            fn->uses_new_target = true;
            break;
        }
    }

    void set(Program* program, Usage usage) {
        switch (usage) {
        case Usage::This:
            program->uses_this = true;
            break;
        case Usage::Arguments:
            program->uses_arguments = true;
            break;
        case Usage::DirectEval:
            program->has_direct_eval = true;
            break;
        case Usage::SuperProperty:
            program->uses_super_property = true;
            break;
        case Usage::SuperCall:
            program->uses_super_call = true;
            break;
        case Usage::NewTarget:
            program->uses_new_target = true;
            break;
        }
    }

    // Marks the innermost function and, through arrow functions, the closest non-arrow function.
    void mark(Usage usage) {
        for (auto it = functions_.rbegin(); it != functions_.rend(); ++it) {
            set(*it, usage);
            if (!(*it)->is_arrow) return;
        }
        set(program_, usage);
    }

    Program* program_;
    std::vector<FunctionNode*> functions_;
};

} // namespace

void annotate_usage(Program* program) {
    Annotator annotator(program);
    annotator.visit(program);
}

} // namespace yjs
