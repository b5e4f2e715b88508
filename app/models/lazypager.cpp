#include "lazypager.h"
