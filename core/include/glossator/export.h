// The one export macro of the Glossator library.
//
// The shared library is built with hidden visibility; only declarations marked
// GLOSSATOR_EXPORT are part of its public face.
#ifndef GLOSSATOR_EXPORT_H_
#define GLOSSATOR_EXPORT_H_

#if defined(GLOSSATOR_SHARED_LIBRARY) && defined(GLOSSATOR_COMPILING_LIBRARY)
#define GLOSSATOR_EXPORT __attribute__((visibility("default")))
#else
#define GLOSSATOR_EXPORT
#endif

#endif  // GLOSSATOR_EXPORT_H_
