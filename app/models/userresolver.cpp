#include "userresolver.h"
