// compile_reference_model: writes the compiled form of a labeller model
// (sequence_model.h), the dense weights the plugin reads with one read
// instead of parsing some 3*10^5 numbers for every document. The build runs
// it on the committed text model (data/reference_model.txt, the source of
// truth) and puts the result beside the plugin:
//
//   compile_reference_model IN.txt OUT.bin
//
// Exit status 1, with a message naming the file, when IN cannot be read as a
// model or OUT cannot be written (OUT is then left as it was).
#include <cstdio>
#include <string>

#include "sequence_model.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: compile_reference_model IN.txt OUT.bin\n");
    return 2;
  }
  citations::SequenceModel model;
  std::string error;
  if (!model.Load(argv[1], &error) || !model.SaveCompiled(argv[2], &error)) {
    std::fprintf(stderr, "compile_reference_model: %s\n", error.c_str());
    return 1;
  }
  return 0;
}
