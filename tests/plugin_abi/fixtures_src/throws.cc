// Loads fine; Process throws std::runtime_error("throws: deliberately").
// Written with plugin.hpp, whose boundary catches the exception: the host
// sees GLOSSATOR_ERROR and the message, and no exception crosses into it.
#include <stdexcept>

#include "glossator/plugin.hpp"

class Throws : public glossator::Plugin {
 public:
  glossator::PluginStatus Process(glossator::Context&) override {
    throw std::runtime_error("throws: deliberately");
  }
};

GLOSSATOR_PLUGIN(Throws, "throws", "1.0.0", "MIT", "A plugin whose Process always throws",
                 GLOSSATOR_TYPES({"throws:mark", "seg", "type=throws"}), GLOSSATOR_REQUIRES(),
                 GLOSSATOR_CONFIG())
