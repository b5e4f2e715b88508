#include "sharemodel.h"
